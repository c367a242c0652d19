"""Detail pages link everything related, both ways, and show dates in words."""

from archive.models import EventOrganization, Place
from tests.factories import (
    make_country,
    make_document,
    make_event,
    make_organization,
    make_person,
    make_photo,
    make_place,
    make_position,
    make_program,
)


def _linked_archive():
    france = make_country()
    paris = make_place(name="Paris", parent=france)
    garnier = make_place(name="Palais Garnier", kind=Place.Kind.VENUE, parent=paris)
    ministry = make_organization(name="Ministry of Culture", country=make_country(name="Kazakhstan", code="KZ"))
    program = make_program(title="Days of Kazakh Culture", date="2024/2025", organizers=[ministry])
    person = make_person(name="Aida Balayeva")
    make_position(person, title="Minister of Culture and Information", organization=ministry, date="2023/..")
    event = make_event(
        title="Gala concert",
        date="2025-09",
        place=garnier,
        programs=[program],
        participants=[(person, "Minister of Culture and Information of Kazakhstan")],
        organizations=[(ministry, EventOrganization.Role.ORGANIZER)],
    )
    document = make_document(title="Opening speech", date="1992~", authors=[person], events=[event], publisher=ministry)
    photo = make_photo(title="The orchestra on stage", events=[event], people=[person])
    return {
        "france": france,
        "paris": paris,
        "garnier": garnier,
        "ministry": ministry,
        "program": program,
        "person": person,
        "event": event,
        "document": document,
        "photo": photo,
    }


def _links(client, url):
    return client.get(url).content.decode()


def test_an_event_links_its_participants_program_place_organizations_documents_and_photos(client, db):
    records = _linked_archive()
    body = _links(client, "/en/events/gala-concert/")
    for href in (
        "/en/people/aida-balayeva/",
        "/en/programs/days-of-kazakh-culture/",
        "/en/places/palais-garnier/",
        "/en/organizations/ministry-of-culture/",
        "/en/documents/opening-speech/",
        "/en/photos/the-orchestra-on-stage/",
    ):
        assert f'href="{href}"' in body, href
    assert "Minister of Culture and Information of Kazakhstan" in body
    assert "September 2025" in body
    assert records["event"].slug in body


def test_each_related_page_links_back_to_the_event(client, db):
    _linked_archive()
    for url in (
        "/en/people/aida-balayeva/",
        "/en/programs/days-of-kazakh-culture/",
        "/en/places/palais-garnier/",
        "/en/places/paris/",
        "/en/places/france/",
        "/en/organizations/ministry-of-culture/",
        "/en/documents/opening-speech/",
        "/en/photos/the-orchestra-on-stage/",
    ):
        assert 'href="/en/events/gala-concert/"' in _links(client, url), url


def test_a_person_page_lists_positions_events_with_roles_and_documents(client, db):
    _linked_archive()
    body = _links(client, "/en/people/aida-balayeva/")
    assert "Minister of Culture and Information" in body
    assert "since 2023" in body
    assert "Minister of Culture and Information of Kazakhstan" in body
    assert 'href="/en/documents/opening-speech/"' in body
    assert "circa 1992" in body


def test_a_program_page_shows_its_events_on_a_timeline_by_year(client, db):
    records = _linked_archive()
    make_event(title="Film week", date="2024-05", programs=[records["program"]])
    response = client.get("/en/programs/days-of-kazakh-culture/")
    assert [(group["year"], [e.title for e in group["events"]]) for group in response.context["timeline"]] == [
        (2024, ["Film week"]),
        (2025, ["Gala concert"]),
    ]
    assert "2024–2025" in response.content.decode()
    assert 'href="/en/organizations/ministry-of-culture/"' in response.content.decode()


def test_an_organization_page_lists_its_events_people_programs_and_publications(client, db):
    _linked_archive()
    body = _links(client, "/en/organizations/ministry-of-culture/")
    assert 'href="/en/people/aida-balayeva/"' in body
    assert 'href="/en/programs/days-of-kazakh-culture/"' in body
    assert 'href="/en/documents/opening-speech/"' in body
    assert "Organizer" in body


def test_a_country_page_lists_the_events_in_its_cities(client, db):
    records = _linked_archive()
    body = _links(client, "/en/places/france/")
    assert 'href="/en/events/gala-concert/"' in body
    assert 'href="/en/places/paris/"' in body
    assert records["garnier"].name not in _links(client, "/en/places/kazakhstan/")


def test_unknown_or_malformed_slugs_are_not_found(client, db):
    _linked_archive()
    assert client.get("/en/events/no-such-event/").status_code == 404
    assert client.get("/en/events/%3Cscript%3E/").status_code == 404
    assert client.get("/en/people/gala-concert/").status_code == 404
