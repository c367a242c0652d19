"""Search entries keep their vectors in their own rows (PostgreSQL only).

An entry's tsvector holds the words of every language version of the record and of the
records it links to: about 2 kB, often a little over the 2 kB at which PostgreSQL moves a
value out of the row into the table's TOAST table. A search that walks the date index
tests each row's vector, and ranking opens each of its page's vectors: out of line, each
costs a probe of the TOAST index and a read of its chunks besides the row (4.4 pages per
row read instead of 1). Walking 10,000 rows took 76 ms that way at 100,000 events and
33 ms with the vectors in their rows; the table and its TOAST table together were 605 MB,
the table alone 682 MB after. A row still over ``toast_tuple_target`` (a long document's
text) is compressed and moved out as before.

Rows already written keep their layout until they are written again: ``manage.py reindex``
(or ``VACUUM FULL archive_searchentry``, which locks the table while it runs) moves them all.
"""

from django.db import migrations


def keep_in_row(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE archive_searchentry SET (toast_tuple_target = 8160)")


def move_out_again(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE archive_searchentry RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0016_event_place_index"),
    ]

    operations = [
        migrations.RunPython(keep_in_row, move_out_again, elidable=False),
    ]
