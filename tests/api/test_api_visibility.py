"""No record the public may not see appears in the API: not as a record, not as a link."""

import itertools

import pytest

from archive.models import EventOrganization
from tests.factories import (
    hidden_states,
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

from .conftest import SEGMENTS, walk


def _hidden_archive(state):
    """One public record of each type, every relation of which points at a hidden record."""
    numbers = itertools.count(1)

    def secret(make, **fields):
        return make(slug=f"secret-{next(numbers)}", **state, **fields)

    country = secret(make_country, name="Secretland", code="SL")
    place = secret(make_place, parent=make_country(name="Open", code="OP"))
    person, author = secret(make_person), secret(make_person)
    organization = secret(make_organization)
    program = secret(make_program)
    photo = secret(make_photo)
    event = make_event(
        place=place,
        programs=[program],
        participants=[(person, "Secret role"), (make_person(), "Guest")],
        organizations=[(organization, EventOrganization.Role.HOST)],
    )
    hidden_event = secret(make_event)
    make_document(authors=[author], people=[person], events=[hidden_event], programs=[program], publisher=organization)
    secret(make_document, events=[event])
    make_photo(events=[hidden_event], people=[person])
    public_person = make_person(photo=photo)
    make_position(public_person, organization=organization, country=country)
    secret(make_event, participants=[public_person])
    make_organization(country=country)
    make_program(organizers=[organization])
    make_place(parent=place)
    return event


@pytest.mark.django_db
@pytest.mark.parametrize("state", sorted(hidden_states()))
def test_no_hidden_record_appears_in_any_list_or_detail(client, state, media_root):
    _hidden_archive(hidden_states()[state])

    bodies = []
    for segment in SEGMENTS:
        slugs = walk(client, f"/api/v1/{segment}/")
        assert slugs, segment
        bodies.append(client.get(f"/api/v1/{segment}/").content)
        bodies += [client.get(f"/api/v1/{segment}/{slug}/").content for slug in slugs]

    leaked = [body for body in bodies if b"secret" in body.lower()]
    assert not leaked


@pytest.mark.django_db
def test_hidden_relations_are_left_out_or_null(client, media_root):
    event = _hidden_archive(hidden_states()["draft"])

    body = client.get(f"/api/v1/events/{event.slug}/").json()

    assert body["place"] is None
    assert body["programs"] == [] and body["organizations"] == [] and body["documents"] == []
    assert [p["role"]["en"] for p in body["participants"]] == ["Guest"]
