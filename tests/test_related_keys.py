"""A filter through a foreign key (an event's venue, then its city or country) reads the keys first.

``?country=france`` becomes ``place_id IN (the public places in France)``: the list filters on
its own column and joins no place, so a sample of a million events is read once rather than
once per venue. The keys must select exactly what the joins selected: places that are public,
in a country that is public, whatever the number of values; past ``KEYS_UP_TO`` keys the
filter joins as before.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import facets
from archive.filters import EventFilterSet, OrganizationFilterSet
from archive.models import Event, Organization, Place, Program, Theme
from tests.factories import (
    hidden_states,
    make_country,
    make_event,
    make_organization,
    make_place,
    make_program,
)

pytestmark = pytest.mark.django_db

HIDDEN = hidden_states()


def _filtered(filterset_class, model, data):
    filterset = filterset_class(data=data, queryset=model.objects.published())
    assert filterset.is_valid(), filterset.errors
    return filterset.qs


def _titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


def _joins_places(queryset):
    return '"archive_place"' in str(queryset.query)


@pytest.fixture
def france():
    """Events in France: at two public venues, in Paris itself, at a hidden venue; one in Kazakhstan."""
    country = make_country()
    paris = make_place(name="Paris", parent=country)
    for name in ("Opera", "Theatre"):
        make_event(title=f"At the {name}", place=make_place(name=name, kind=Place.Kind.VENUE, parent=paris))
    make_event(title="In Paris", place=paris)
    make_event(title="At a draft venue", place=make_place(kind=Place.Kind.VENUE, parent=paris, **HIDDEN["draft"]))
    astana = make_place(name="Astana", parent=make_country(name="Kazakhstan", code="KZ"))
    make_event(title="In Astana", place=make_place(name="Hall", kind=Place.Kind.VENUE, parent=astana))
    make_event(title="Nowhere")
    return country


def test_a_country_filter_reads_the_public_places_keys_and_joins_no_place(france):
    events = _filtered(EventFilterSet, Event, {"country": ["france"]})

    assert not _joins_places(events)
    assert _titles(events) == ["At the Opera", "At the Theatre", "In Paris"]


def test_several_countries_are_alternatives_and_repeat_no_event(france):
    events = _filtered(EventFilterSet, Event, {"country": ["france", "kazakhstan"]})

    assert not _joins_places(events)
    assert _titles(events) == ["At the Opera", "At the Theatre", "In Astana", "In Paris"]
    assert events.count() == 4


def test_a_city_filter_reads_the_keys_too(france):
    events = _filtered(EventFilterSet, Event, {"city": ["paris"]})

    assert not _joins_places(events)
    assert _titles(events) == ["At the Opera", "At the Theatre", "In Paris"]


@pytest.mark.parametrize("state", HIDDEN)
def test_a_hidden_country_finds_nothing(france, state):
    Place.objects.filter(pk=france.pk).update(**HIDDEN[state])

    assert _titles(_filtered(EventFilterSet, Event, {"country": ["france"]})) == []


def test_past_the_limit_the_filter_joins_and_finds_the_same(france, monkeypatch):
    with_keys = _titles(_filtered(EventFilterSet, Event, {"country": ["france", "kazakhstan"]}))
    monkeypatch.setattr(facets, "KEYS_UP_TO", 2)

    joined = _filtered(EventFilterSet, Event, {"country": ["france", "kazakhstan"]})

    assert _joins_places(joined)
    assert _titles(joined) == with_keys


def test_a_one_step_path_takes_the_public_records_keys(france):
    make_organization(name="Institut", country=france)
    make_organization(name="Hidden", country=make_country(name="Japan", code="JP", **HIDDEN["draft"]))

    organizations = _filtered(OrganizationFilterSet, Organization, {"country": ["france", "japan"]})

    assert not _joins_places(organizations)
    assert list(organizations.values_list("name", flat=True)) == ["Institut"]


def test_a_page_looks_the_keys_up_once_though_its_facets_filter_again(client, france):
    event_type = Event.objects.get(title="At the Opera").event_type
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/events/?country=france&type={event_type}")

    # The type facet, with a value chosen, counts over the list filtered by country alone.
    assert "type" in {facet.param for facet in response.context["facets"]}
    looked_up = [query for query in queries if query["sql"].startswith('SELECT "archive_place"."id" AS "pk"')]
    assert len(looked_up) == 1


def _joins(queryset, table):
    return f'"{table}"' in str(queryset.query)


@pytest.fixture
def programs():
    """Events in two public programs (one in both, one in neither), and in a hidden program."""
    festival, tour = make_program(title="Festival"), make_program(title="Tour")
    make_event(title="At the festival", programs=[festival])
    make_event(title="On tour", programs=[tour])
    make_event(title="Both", programs=[festival, tour])
    make_event(title="In neither")
    make_event(title="In a draft program", programs=[make_program(title="Draft", **HIDDEN["draft"])])
    return festival, tour


def test_a_program_filter_reads_the_public_programs_keys_and_joins_no_program(programs):
    events = _filtered(EventFilterSet, Event, {"program": [programs[0].slug]})

    assert not _joins(events, "archive_program")
    assert _titles(events) == ["At the festival", "Both"]


def test_several_programs_are_alternatives_and_repeat_no_event(programs):
    events = _filtered(EventFilterSet, Event, {"program": [program.slug for program in programs]})

    assert not _joins(events, "archive_program")
    assert _titles(events) == ["At the festival", "Both", "On tour"]
    assert events.count() == 3


@pytest.mark.parametrize("state", HIDDEN)
def test_a_hidden_program_finds_nothing(programs, state):
    Program.objects.filter(pk=programs[0].pk).update(**HIDDEN[state])

    assert _titles(_filtered(EventFilterSet, Event, {"program": [programs[0].slug]})) == []
    assert _titles(_filtered(EventFilterSet, Event, {"program": ["draft"]})) == []


def test_a_theme_filter_reads_the_themes_keys(db):
    theme, other = Theme.objects.create(name="Music", slug="music"), Theme.objects.create(name="Film", slug="film")
    make_event(title="A concert", themes=[theme])
    make_event(title="A screening", themes=[other])

    events = _filtered(EventFilterSet, Event, {"theme": ["music"]})

    assert not _joins(events, "archive_theme")
    assert _titles(events) == ["A concert"]


def test_an_organization_in_two_roles_repeats_no_event(db):
    organization = make_organization(name="Philharmonic")
    make_event(title="Two roles", organizations=[(organization, "host"), (organization, "sponsor")])
    make_event(title="Another's")

    events = _filtered(EventFilterSet, Event, {"organization": [organization.slug]})

    assert not _joins(events, "archive_organization")
    assert _titles(events) == ["Two roles"]
    assert events.count() == 1
