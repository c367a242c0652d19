"""Each table of links can be read from its linked record's side by its index alone.

"The events of this program" is a filter the lists, their facets and the detail pages use:
``event.id IN (SELECT event_id FROM archive_event_programs WHERE program_id IN (…))``. Django
indexes a links table by each of its two keys on its own, and by the pair in the other
order (the unique constraint), so those rows were found through the ``program_id`` index and
then each read from the table for its ``event_id``: one page read per link, scattered
through the table, 1,657 for a program at a million events. Led by the linked record's key
and holding the record's, the index answers alone (an index-only scan, a handful of pages).

Plain composite indexes: SQLite makes and uses them too. The two links tables that are
models of their own (participations, organizations' roles) declare theirs in their Meta.
"""

from django.db import migrations, models

#: Links table: (the linked record's column, the record's column).
LINKS = {
    "archive_place_themes": ("theme_id", "place_id"),
    "archive_organization_themes": ("theme_id", "organization_id"),
    "archive_person_themes": ("theme_id", "person_id"),
    "archive_program_themes": ("theme_id", "program_id"),
    "archive_program_organizers": ("organization_id", "program_id"),
    "archive_event_themes": ("theme_id", "event_id"),
    "archive_event_programs": ("program_id", "event_id"),
    "archive_photo_themes": ("theme_id", "photo_id"),
    "archive_photo_events": ("event_id", "photo_id"),
    "archive_photo_people": ("person_id", "photo_id"),
    "archive_document_themes": ("theme_id", "document_id"),
    "archive_document_authors": ("person_id", "document_id"),
    "archive_document_events": ("event_id", "document_id"),
    "archive_document_people": ("person_id", "document_id"),
    "archive_document_programs": ("program_id", "document_id"),
}


def index_name(table, linked):
    return f"{table}_by_{linked.removesuffix('_id')}"


def create_indexes(apps, schema_editor):
    for table, (linked, record) in LINKS.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index_name(table, linked)} ON {table} ({linked}, {record})")


def drop_indexes(apps, schema_editor):
    for table, (linked, _record) in LINKS.items():
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(table, linked)}")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0017_search_vectors_in_row"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
        migrations.AddIndex(
            model_name="participation",
            index=models.Index(fields=["person", "event"], name="archive_part_by_person"),
        ),
        migrations.AddIndex(
            model_name="eventorganization",
            index=models.Index(fields=["organization", "event"], name="archive_eventorg_by_org"),
        ),
    ]
