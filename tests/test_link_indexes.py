"""Every links table is indexed from its linked record's side, holding the record's key (migration 0018).

"The events of this program" then reads that index alone, never the links table's rows.
Which plan the planner takes on a table of a few rows says nothing, so the figures are in
docs/benchmarks.md; here, that the index is there on each database, for every link.
"""

from django.apps import apps
from django.db import connection

from archive.models import Event
from tests.factories import make_event, make_program


def _indexed_columns(table):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return [tuple(item["columns"]) for item in constraints.values() if item["index"] or item["unique"]]


def _links():
    for model in apps.get_app_config("archive").get_models():
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through._meta
            yield model, field, through.db_table, (field.m2m_reverse_name(), field.m2m_column_name())


def test_every_links_table_is_led_by_the_linked_records_key_and_holds_the_records(db):
    links = list(_links())
    assert len(links) >= 15
    missing = [
        f"{model.__name__}.{field.name}: {table} {columns}"
        for model, field, table, columns in links
        if columns not in _indexed_columns(table)
    ]
    assert not missing, missing


def test_a_programs_events_are_found_the_same_through_the_index(db):
    program = make_program(title="Days of Culture")
    evenings = {make_event(title=f"Evening {number}", programs=[program]).pk for number in range(3)}
    make_event(title="Elsewhere")
    assert set(Event.objects.published().filter(programs=program).values_list("pk", flat=True)) == evenings
