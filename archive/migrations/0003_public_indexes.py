"""Indexes for the public lists' default order (newest first) and for "what's new".

``ORDER BY date_lower DESC NULLS LAST, id DESC`` over ``status = 'published'``
becomes an index scan that stops after one page instead of sorting the whole
table. SQLite cannot declare NULLS LAST in an index (and needs none for a
development database), so the indexes are made on PostgreSQL only, which is
also why they are not declared in the models' Meta.
"""

from django.db import migrations

TABLES = ("archive_event", "archive_document", "archive_photo")


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_public_newest "
            f"ON {table} (status, date_lower DESC NULLS LAST, id DESC)"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_public_recent "
            f"ON {table} (status, COALESCE(go_live_at, created) DESC, id DESC)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_public_newest")
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_public_recent")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0002_media_renditions"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
