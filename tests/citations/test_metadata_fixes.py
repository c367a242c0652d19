"""What the standard checkers found in JSON-LD, OpenGraph and the Atom feed, fixed."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from archive.models import Document, Photo, Place, Rights
from tests.factories import make_country, make_document, make_event, make_photo, make_place
from tests.media.files import pdf_bytes

ATOM = "{http://www.w3.org/2005/Atom}"


def _jsonld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("edtf", "start", "end"),
    [
        ("2025-09", "2025-09", "2025-09"),
        ("2025", "2025", "2025"),
        ("2025-09-24/2025-09-25", "2025-09-24", "2025-09-25"),
        ("2004/..", "2004", None),
        ("199X", "1990", "1999"),
    ],
)
def test_event_dates_keep_their_precision(client, db, edtf, start, end):
    make_event(title="Gala", date=edtf)
    data = _jsonld(client.get("/en/events/gala/"))
    assert data["startDate"] == start
    assert data.get("endDate") == end


def test_uncertain_dates_say_so(client, db):
    make_event(title="Gala", date="1992~")
    make_document(title="Note", date="1992?")
    event = _jsonld(client.get("/en/events/gala/"))
    assert (event["startDate"], event["disambiguatingDescription"]) == ("1992", "circa 1992")
    document = _jsonld(client.get("/en/documents/note/"))
    assert (document["datePublished"], document["temporalCoverage"]) == ("1992", "1992?")
    assert "temporalCoverage" not in _jsonld(client.get("/en/events/gala/"))


def test_events_have_an_id_an_image_and_a_locality(client, db, media_root):
    almaty = make_place(name="Almaty", parent=make_country(name="Kazakhstan", code="KZ"))
    venue = make_place(name="Abai Opera", kind=Place.Kind.VENUE, parent=almaty)
    event = make_event(title="Gala", place=venue)
    make_photo(title="Stage", events=[event])
    make_photo(title="Hidden", events=[event], status="draft")
    data = _jsonld(client.get("/en/events/gala/"))
    assert data["@id"] == f"http://madeni.local/id/event/{event.pk}"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "KZ",
        "addressLocality": "Almaty",
    }
    stage = Photo.objects.get(title="Stage")
    assert data["image"] == [f"http://testserver{stage.rendition_url('large')}"]


def test_a_hidden_city_is_not_the_locality(client, db):
    city = make_place(name="Secret City", parent=make_country(), status="draft")
    make_event(title="Gala", place=make_place(name="Hall", kind=Place.Kind.VENUE, parent=city))
    assert "Secret" not in client.get("/en/events/gala/").content.decode()


def test_documents_are_digital_documents_with_their_pdf_and_licence(client, db, media_root):
    make_document(
        title="Heritage review",
        language="en",
        rights=Rights.CC_BY,
        file=SimpleUploadedFile("review.pdf", pdf_bytes(), content_type="application/pdf"),
    )
    document = Document.objects.get()
    response = client.get("/kk/documents/heritage-review/")
    data = _jsonld(response)
    assert data["@type"] == "DigitalDocument"
    assert data["inLanguage"] == "kk"  # the page; the original's language is on the file
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["encoding"] == {
        "@type": "MediaObject",
        "contentUrl": f"http://testserver/files/documents/{document.pk}/heritage-review.pdf",
        "encodingFormat": "application/pdf",
        "contentSize": f"{document.file_size} B",
        "inLanguage": "en",
    }
    assert 'rel="license noopener">CC BY 4.0</a>' in response.content.decode()


def test_articles_are_scholarly_articles(client, db):
    make_document(title="Essay", doc_type=Document.Type.ARTICLE)
    data = _jsonld(client.get("/en/documents/essay/"))
    assert (data["@type"], data["headline"]) == ("ScholarlyArticle", "Essay")
    assert data["license"] == Rights.UNDETERMINED


@pytest.mark.parametrize(("lang", "locale"), [("en", "en_US"), ("kk", "kk_KZ"), ("ru", "ru_RU"), ("fr", "fr_FR")])
def test_opengraph_locale_has_a_territory(client, db, lang, locale):
    make_event(title="Gala")
    body = client.get(f"/{lang}/events/gala/").content.decode()
    assert f'<meta property="og:locale" content="{locale}">' in body
    assert _jsonld(client.get(f"/{lang}/events/gala/"))["inLanguage"] == lang


def test_the_feed_names_an_author_and_uses_persistent_ids(client, db, media_root):
    event = make_event(title="Gala")
    make_photo(title="Stage", caption="The stage at dusk.")
    make_photo(title="Bare photo")
    feed = ET.fromstring(client.get("/kk/feed/").content)  # noqa: S314 - our own feed
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Мәдени"  # the site's name, in the feed's language
    entries = {entry.find(f"{ATOM}title").text: entry for entry in feed.iter(f"{ATOM}entry")}
    assert entries["Gala"].find(f"{ATOM}id").text == f"http://madeni.local/id/event/{event.pk}"
    assert entries["Stage"].find(f"{ATOM}summary").text == "The stage at dusk."
    assert entries["Bare photo"].find(f"{ATOM}summary").text == "A photograph"  # its alt text
    assert all(entry.find(f"{ATOM}summary").text for entry in entries.values())


def test_a_venue_page_names_its_city_as_the_locality(client, db):
    almaty = make_place(name="Almaty", parent=make_country(name="Kazakhstan", code="KZ"))
    make_place(name="Abai Opera", kind=Place.Kind.VENUE, parent=almaty)
    data = _jsonld(client.get("/en/places/abai-opera/"))
    assert data["address"]["addressLocality"] == "Almaty"
    assert data["@id"].startswith("http://madeni.local/id/place/")
