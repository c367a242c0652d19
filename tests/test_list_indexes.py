"""PostgreSQL's partial covering indexes for counting public lists (migrations 0005, 0016 and 0019).

Which index the planner takes depends on the table's size and statistics, so that is measured
by the benchmark at 100,000 and 1,000,000 events (docs/benchmarks.md), not asserted here on a
table of a few rows.
"""

import pytest
from django.db import connection

from archive.estimates import count_up_to
from archive.models import Event
from tests.factories import make_country, make_event, make_place

pytestmark = pytest.mark.postgresql


def _definitions():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'archive_event' AND indexname LIKE %s",
            ["archive_event_public_%"],
        )
        return dict(cursor.fetchall())


def test_both_list_indexes_are_partial_and_covering(db):
    definitions = _definitions()
    leading = {"archive_event_public_facets": "(event_type, place_id)", "archive_event_public_places": "(place_id)"}
    for name, columns in leading.items():
        definition = definitions[name]
        assert f"USING btree {columns} INCLUDE (id, " in definition, definition
        for column in ("go_live_at", "expire_at", "date_lower", "date_upper"):
            assert column in definition.split("INCLUDE", 1)[1], definition
        assert definition.endswith("WHERE ((status)::text = 'published'::text)"), definition


def test_public_events_are_indexed_by_their_key_with_what_a_facet_looks_up(db):
    definition = _definitions()["archive_event_public_by_key"]
    assert "USING btree (id) INCLUDE (place_id, " in definition, definition
    for column in ("event_type", "go_live_at", "expire_at", "date_lower", "date_upper"):
        assert column in definition.split("INCLUDE", 1)[1], definition
    assert definition.endswith("WHERE ((status)::text = 'published'::text)"), definition


def test_a_countrys_events_are_counted_the_same_with_the_index(db):
    france = make_country(name="France", code="FR")
    paris = make_place(name="Paris", parent=france)
    for number in range(3):
        make_event(title=f"Evening {number}", place=paris)
    make_event(title="Elsewhere")
    assert count_up_to(Event.objects.published().filter(place__country__slug=france.slug), 10) == 3
