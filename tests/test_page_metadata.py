"""schema.org JSON-LD, OpenGraph, hreflang alternates and canonical URLs."""

import json
import re

import pytest

from archive.models import Document
from tests.factories import make_country, make_document, make_event, make_organization, make_person, make_place


def _jsonld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(match.group(1))


def test_event_page_describes_the_event_in_json_ld(client, db):
    paris = make_place(name="Paris", parent=make_country())
    person = make_person(name="Aida Balayeva")
    make_event(title="Gala", date="2025-09", place=paris, participants=[person])
    data = _jsonld(client.get("/en/events/gala/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Gala"
    assert (data["startDate"], data["endDate"]) == ("2025-09", "2025-09")  # a month, not its days
    assert data["location"]["name"] == "Paris"
    assert data["location"]["address"]["addressCountry"] == "FR"
    assert data["location"]["address"]["addressLocality"] == "Paris"
    assert data["performer"] == [
        {
            "@type": "Person",
            "@id": f"http://madeni.local/id/person/{person.pk}",
            "name": "Aida Balayeva",
            "url": "http://testserver/en/people/aida-balayeva/",
        }
    ]


@pytest.mark.parametrize(
    ("factory", "url", "schema_type"),
    [
        (lambda: make_person(name="Aida Balayeva"), "/en/people/aida-balayeva/", "Person"),
        (lambda: make_organization(name="UNESCO"), "/en/organizations/unesco/", "Organization"),
        (lambda: make_document(title="N", doc_type=Document.Type.ARTICLE), "/en/documents/n/", "ScholarlyArticle"),
        (lambda: make_document(title="Review", doc_type=Document.Type.REPORT), "/en/documents/review/", "Report"),
        (lambda: make_document(title="D", doc_type=Document.Type.AGREEMENT), "/en/documents/d/", "DigitalDocument"),
        (lambda: make_country(name="Japan", code="JP"), "/en/places/japan/", "Country"),
    ],
)
def test_each_record_type_has_its_schema_org_type(client, db, factory, url, schema_type):
    factory()
    assert _jsonld(client.get(url))["@type"] == schema_type


def test_json_ld_cannot_close_its_script_element(client, db):
    make_event(title="Evil </script><script>alert(1)</script>", slug="evil")
    body = client.get("/en/events/evil/").content.decode()
    assert "</script><script>alert(1)" not in body
    assert _jsonld(client.get("/en/events/evil/"))["name"].startswith("Evil </script>")


def test_pages_declare_their_canonical_url_opengraph_and_every_language(client, db):
    make_event(title="Gala", summary="An evening of Kazakh music.")
    body = client.get("/ru/events/gala/").content.decode()
    assert '<link rel="canonical" href="http://testserver/ru/events/gala/">' in body
    for lang in ("en", "kk", "ru", "fr"):
        assert f'<link rel="alternate" hreflang="{lang}" href="http://testserver/{lang}/events/gala/">' in body
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/events/gala/">' in body
    assert '<meta property="og:title" content="Gala">' in body
    assert '<meta property="og:description" content="An evening of Kazakh music.">' in body
    assert '<meta property="og:url" content="http://testserver/ru/events/gala/">' in body
    assert '<html lang="ru">' in body


def test_list_canonical_url_drops_filters_but_keeps_the_page(client, db):
    for number in range(30):
        make_event(title=f"Event {number}")
    body = client.get("/en/events/?page=2&type=other").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/events/?page=2">' in body
