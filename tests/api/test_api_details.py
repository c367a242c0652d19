"""Details: every field, relations as API links that resolve, files under /files/, 404s."""

import pytest

from archive.models import EventOrganization
from tests.factories import (
    hidden_states,
    make_country,
    make_document,
    make_event,
    make_linked_records,
    make_organization,
    make_person,
    make_photo,
    make_place,
    make_position,
    make_program,
)
from tests.media.helpers import fetch

from .conftest import SEGMENTS


def _links(value):
    """Every API address inside a response body."""
    if isinstance(value, dict):
        return [link for item in value.values() for link in _links(item)]
    if isinstance(value, list):
        return [link for item in value for link in _links(item)]
    if isinstance(value, str) and value.startswith("http://testserver/api/v1/"):
        return [value]
    return []


@pytest.mark.django_db
@pytest.mark.parametrize("segment", SEGMENTS)
def test_every_link_in_a_detail_leads_to_a_public_record(client, segment, media_root):
    make_linked_records(2, country=make_country())
    slug = client.get(f"/api/v1/{segment}/").json()["results"][0]["slug"]

    response = client.get(f"/api/v1/{segment}/{slug}/")

    assert response.status_code == 200
    links = _links(response.json())
    assert f"http://testserver/api/v1/{segment}/{slug}/" in links
    for link in set(links):
        assert client.get(link).status_code == 200, link


@pytest.mark.django_db
def test_event_detail_gives_relations_with_roles(client, media_root):
    minister = make_person(name="Aida Balayeva")
    ministry = make_organization(name="Ministry of Culture")
    program = make_program()
    event = make_event(
        title="Opening",
        summary="Words",
        sources="https://example.org/a\n\nhttps://example.org/b",
        programs=[program],
        participants=[(minister, "Minister")],
        organizations=[(ministry, EventOrganization.Role.HOST)],
    )
    document, photo = make_document(events=[event]), make_photo(events=[event])

    body = client.get(f"/api/v1/events/{event.slug}/").json()

    api = "http://testserver/api/v1"
    assert body["summary"]["en"] == "Words"
    assert body["sources"] == ["https://example.org/a", "https://example.org/b"]
    assert body["programs"] == [f"{api}/programs/{program.slug}/"]
    assert body["participants"] == [
        {"person": f"{api}/people/{minister.slug}/", "role": {"en": "Minister", "kk": None, "ru": None, "fr": None}}
    ]
    assert body["organizations"] == [{"organization": f"{api}/organizations/{ministry.slug}/", "role": "host"}]
    assert body["documents"] == [f"{api}/documents/{document.slug}/"]
    assert body["photos"] == [f"{api}/photos/{photo.slug}/"]
    assert body["web_pages"]["en"] == f"http://testserver/en/events/{event.slug}/"


@pytest.mark.django_db
def test_person_detail_gives_positions_and_documents(client):
    france = make_country()
    person = make_person(name="Aida Balayeva", aliases="Balaeva\nБалаева")
    make_position(person, title="Ambassador", country=france, date="2019/..")
    authored, about = make_document(authors=[person]), make_document(people=[person])

    body = client.get(f"/api/v1/people/{person.slug}/").json()

    assert body["aliases"] == ["Balaeva", "Балаева"]
    assert body["positions"] == [
        {
            "title": {"en": "Ambassador", "kk": None, "ru": None, "fr": None},
            "date": "2019/..",
            "date_earliest": "2019-01-01",
            "date_latest": None,
            "organization": None,
            "country": f"http://testserver/api/v1/places/{france.slug}/",
        }
    ]
    assert body["authored_documents"] == [f"http://testserver/api/v1/documents/{authored.slug}/"]
    assert body["documents"] == [f"http://testserver/api/v1/documents/{about.slug}/"]


@pytest.mark.django_db
def test_document_file_is_a_link_under_files(client, media_root):
    from django.core.files.uploadedfile import SimpleUploadedFile

    document = make_document(file=SimpleUploadedFile("speech.txt", b"A speech about the steppe."))

    body = client.get(f"/api/v1/documents/{document.slug}/").json()

    assert body["file"]["url"] == f"http://testserver/files/documents/{document.pk}/{document.slug}.txt"
    assert body["file"]["format"] == "txt" and body["file"]["size"] == 26
    assert fetch(client, body["file"]["url"]).body == b"A speech about the steppe."


@pytest.mark.django_db
def test_place_detail_links_its_parent_and_country(client):
    france = make_country()
    paris = make_place(name="Paris", parent=france, latitude="48.856600", longitude="2.352200")

    body = client.get(f"/api/v1/places/{paris.slug}/").json()

    assert body["parent"] == body["country"] == f"http://testserver/api/v1/places/{france.slug}/"
    assert (body["latitude"], body["longitude"]) == (48.8566, 2.3522)


@pytest.mark.django_db
@pytest.mark.parametrize("segment", SEGMENTS)
def test_unknown_slug_answers_404_in_json(client, segment):
    response = client.get(f"/api/v1/{segment}/no-such-record/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert list(response.json()) == ["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("state", sorted(hidden_states()))
def test_hidden_record_answers_404(client, state):
    event = make_event(**hidden_states()[state])

    assert client.get(f"/api/v1/events/{event.slug}/").status_code == 404


@pytest.mark.django_db
def test_detail_ignores_list_filters(client):
    event = make_event()

    assert client.get(f"/api/v1/events/{event.slug}/?year_from=abc&q=nothing").status_code == 200
