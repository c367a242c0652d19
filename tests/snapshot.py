"""The demo archive loaded once per test process, then put back per test module by copying rows.

``demo.load.load`` takes seconds (PDFs drawn and read, photos drawn with their renditions, the
search index, the review workflow); a dozen modules use it. The first module of a process loads
it for real, in a transaction that is rolled back, and keeps what the load changed: the rows of
every table (before and after) and the files written under MEDIA_ROOT. ``Snapshot.restore()``
then makes every table hold exactly the rows it held after the load and writes back any demo file
that is missing or changed: what the tests then see is what the load made, without its work.

Rows are copied as the database gives them: ``COPY`` in PostgreSQL's text format there, plain
tuples through the same cursor on SQLite, so nothing is converted on the way. No model code runs
on restore, so no signal or ``on_commit`` callback fires: the load's own ones never ran either,
being rolled back with it.
"""

import io
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, transaction


def _table_names():
    with connection.cursor() as cursor:
        return sorted(connection.introspection.table_names(cursor))


def _quote(table):
    return connection.ops.quote_name(table)


def _read(cursor, table):
    """The rows of ``table``, each a hashable value that ``_write`` takes back."""
    if connection.vendor == "postgresql":
        with cursor.copy(f"COPY {_quote(table)} TO STDOUT") as copy:
            data = b"".join(bytes(chunk) for chunk in copy)
        # The text format escapes newlines inside values: one line is one row.
        return tuple(data.splitlines(keepends=True))
    cursor.execute(f"SELECT * FROM {_quote(table)}")  # noqa: S608 - a table name from introspection
    return tuple(cursor.fetchall())


def _write(cursor, table, rows):
    if not rows:
        return
    if connection.vendor == "postgresql":
        with cursor.copy(f"COPY {_quote(table)} FROM STDIN") as copy:
            copy.write(b"".join(rows))
        return
    placeholders = ", ".join(["%s"] * len(rows[0]))
    cursor.executemany(f"INSERT INTO {_quote(table)} VALUES ({placeholders})", rows)  # noqa: S608


def _dump():
    with connection.cursor() as cursor:
        return {table: _read(cursor, table) for table in _table_names()}


def _files(root):
    root = Path(root)
    return {path.relative_to(root).as_posix(): path for path in root.rglob("*") if path.is_file()}


def _stamp(path):
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


class Snapshot:
    """What a function did to the database and to MEDIA_ROOT, to do again without running it."""

    def __init__(self, before, after, files, output):
        self.before = before
        self.after = after
        self.files = files
        self.output = output

    @classmethod
    def capture(cls, function):
        """Run ``function(stdout)`` in a transaction that is rolled back; keep what it changed.

        The database is left as it was (PostgreSQL's sequences aside, as after any rollback).
        """
        media_before = {name: _stamp(path) for name, path in _files(settings.MEDIA_ROOT).items()}
        output = io.StringIO()
        with transaction.atomic():
            before = _dump()
            function(output)
            after = _dump()
            transaction.set_rollback(True)
        files = {
            name: path.read_bytes()
            for name, path in _files(settings.MEDIA_ROOT).items()
            if media_before.get(name) != _stamp(path)
        }
        return cls(before, after, files, output.getvalue())

    def restore(self):
        """Make every table hold the rows it held after the function ran, and put its files back.

        Tables left as they were before it are only added to; any other table that differs is
        emptied and filled again. Returns what the function printed.
        """
        changed = []
        with transaction.atomic(), connection.cursor() as cursor:
            for table in _table_names():
                current, wanted = _read(cursor, table), self.after.get(table, ())
                if current == wanted:
                    continue
                present = set(current)
                if current == self.before.get(table) and present <= set(wanted):
                    _write(cursor, table, [row for row in wanted if row not in present])
                else:
                    cursor.execute(f"DELETE FROM {_quote(table)}")  # noqa: S608
                    _write(cursor, table, list(wanted))
                changed.append(table)
            self._reset_sequences(cursor, changed)
        # Content types may have been written back with other ids than the cache holds.
        ContentType.objects.clear_cache()
        self._restore_files()
        return self.output

    @contextmanager
    def restored(self):
        """``restore()`` for a block whose transaction is rolled back after it; what was printed.

        The rows put back may give content types other ids than the rollback leaves: the
        content type cache is emptied again after the block.
        """
        try:
            yield self.restore()
        finally:
            ContentType.objects.clear_cache()

    @staticmethod
    def _reset_sequences(cursor, tables):
        """Rows went in with their ids: make the next ids follow them (SQLite's AUTOINCREMENT does)."""
        models = [model for model in apps.get_models(include_auto_created=True) if model._meta.db_table in tables]
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)

    def _restore_files(self):
        root = Path(settings.MEDIA_ROOT)
        for name, data in self.files.items():
            path = root / name
            if not path.is_file() or path.stat().st_size != len(data) or path.read_bytes() != data:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)


_demo = None


def demo():
    """The demo archive's snapshot, made the first time a test process asks for it."""
    global _demo
    if _demo is None:
        from demo.load import load

        _demo = Snapshot.capture(load)
    return _demo
