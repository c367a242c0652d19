"""Persistent record URIs and external identifiers (Wikidata, VIAF, ORCID, GeoNames)."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from archive import external_ids
from archive.identifiers import uri
from archive.models import Person, Status
from editorial import content
from tests.factories import hidden_states, make_country, make_event, make_organization, make_person


def _jsonld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(match.group(1))


def test_the_uri_ignores_the_host_and_the_language(client, db, settings):
    settings.SITE_URL = "https://madeni.kz/"
    settings.ALLOWED_HOSTS = ["madeni.kz", "mirror.example"]
    event = make_event(title="Gala")
    expected = f"https://madeni.kz/id/event/{event.pk}"
    assert uri(event) == expected
    for lang in ("en", "kk", "ru", "fr"):
        assert _jsonld(client.get(f"/{lang}/events/gala/", HTTP_HOST="mirror.example"))["@id"] == expected


def test_the_uri_survives_a_slug_change(client, db):
    event = make_event(title="Gala")
    before = uri(event)
    event.slug = "gala-2025"
    event.save()
    assert uri(event) == before
    assert client.get(before.removeprefix("http://madeni.local"))["Location"] == "/en/events/gala-2025/"


def test_the_uri_redirects_to_the_page_in_the_visitors_language(client, db):
    person = make_person(name="Aida")
    response = client.get(f"/id/person/{person.pk}", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 303
    assert response["Location"] == "/ru/people/aida/"
    assert "Accept-Language" in response["Vary"]
    assert client.get(f"/id/person/{person.pk}", HTTP_ACCEPT_LANGUAGE="kk,ru;q=0.5")["Location"] == "/kk/people/aida/"


@pytest.mark.parametrize("state", list(hidden_states()))
def test_the_uri_of_a_hidden_record_is_a_404(client, db, state):
    event = make_event(**hidden_states()[state])
    assert client.get(f"/id/event/{event.pk}").status_code == 404


@pytest.mark.parametrize("path", ["/id/theme/1", "/id/event/0", "/id/event/99999999999999999999999", "/id/event/x"])
def test_unknown_types_and_numbers_are_404(client, db, path):
    make_event()
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("value", ["0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"])
def test_valid_orcid_ids_pass(value):
    external_ids.validate_orcid(value)


@pytest.mark.parametrize(
    "value", ["0000-0002-1825-0098", "0000-0002-1825-009", "https://orcid.org/0000-0002-1825-0097"]
)
def test_orcid_ids_with_a_wrong_check_digit_or_shape_fail(value):
    with pytest.raises(ValidationError):
        external_ids.validate_orcid(value)


@pytest.mark.parametrize(
    ("field", "value"),
    [("wikidata", "5"), ("wikidata", "Q0"), ("viaf", "viaf123"), ("orcid", "1234"), ("wikidata", "Q5 ")],
)
def test_a_person_with_a_malformed_identifier_does_not_validate(db, field, value):
    person = Person(name="Aida", **{field: value})
    with pytest.raises(ValidationError) as error:
        person.full_clean()
    assert field in error.value.message_dict


def test_people_organizations_and_places_link_their_identifiers(client, db):
    make_person(name="Aida", wikidata="Q42", viaf="113230702", orcid="0000-0002-1825-0097")
    make_organization(name="UNESCO", wikidata="Q7809", viaf="139582530", website="https://www.unesco.org/")
    make_country(name="Kazakhstan", code="KZ", wikidata="Q232", geonames="1522867")
    person = _jsonld(client.get("/en/people/aida/"))
    assert person["sameAs"] == [
        "https://www.wikidata.org/wiki/Q42",
        "https://viaf.org/viaf/113230702",
        "https://orcid.org/0000-0002-1825-0097",
    ]
    organization = _jsonld(client.get("/en/organizations/unesco/"))
    assert organization["sameAs"] == [
        "https://www.unesco.org/",
        "https://www.wikidata.org/wiki/Q7809",
        "https://viaf.org/viaf/139582530",
    ]
    place_page = client.get("/en/places/kazakhstan/")
    assert _jsonld(place_page)["sameAs"] == ["https://www.wikidata.org/wiki/Q232", "https://www.geonames.org/1522867"]
    body = place_page.content.decode()
    assert '<a href="https://www.geonames.org/1522867" rel="noopener">GeoNames: 1522867</a>' in body
    assert '<a href="https://orcid.org/0000-0002-1825-0097" rel="noopener">ORCID: 0000-0002-1825-0097</a>' in (
        client.get("/en/people/aida/").content.decode()
    )


def test_a_record_without_identifiers_has_no_same_as_section(client, db):
    make_person(name="Aida")
    response = client.get("/en/people/aida/")
    assert "sameAs" not in _jsonld(response)
    assert 'id="same-as-heading"' not in response.content.decode()


def test_external_identifiers_round_trip_through_revision_content(db):
    person = make_person(name="Aida", wikidata="Q42", orcid="0000-0002-1825-0097", status=Status.DRAFT)
    saved = content.serialize(person)
    assert saved["fields"]["wikidata"] == "Q42"
    Person.objects.filter(pk=person.pk).update(wikidata="", orcid="")
    content.apply(Person.objects.get(pk=person.pk), saved)
    person = Person.objects.get(pk=person.pk)
    assert (person.wikidata, person.orcid) == ("Q42", "0000-0002-1825-0097")
