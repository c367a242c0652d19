"""PostgreSQL's partial covering indexes serve the counts of public lists (migrations 0005 and 0016)."""

import pytest
from django.db import connection

from archive.estimates import count_up_to, planner
from archive.models import Event
from tests.factories import make_country, make_event, make_place

pytestmark = pytest.mark.postgresql


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with planner(queryset.db, enable_seqscan="off"), connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)  # noqa: S608 -- the ORM's own SQL
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_countrys_events_are_counted_through_the_index_led_by_place(db):
    france = make_country(name="France", code="FR")
    paris = make_place(name="Paris", parent=france)
    for number in range(3):
        make_event(title=f"Evening {number}", place=paris)
    events = Event.objects.published().filter(place__country__slug=france.slug)
    assert count_up_to(events, 10) == 3
    counted = events.order_by().values("pk")[:11]
    assert "archive_event_public_places" in _plan(counted)


def test_both_list_indexes_are_partial_and_covering(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'archive_event' AND indexname LIKE %s",
            ["archive_event_public_%"],
        )
        definitions = dict(cursor.fetchall())
    for name in ("archive_event_public_facets", "archive_event_public_places"):
        assert "INCLUDE" in definitions[name] and "WHERE" in definitions[name], definitions
