"""``manage.py import_records``: dry run, errors by row and column, the import itself."""

import io

import pytest
from django.core.management import CommandError, call_command

from archive.models import Event, Status

pytestmark = pytest.mark.django_db


def command(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_records", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def events_file(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("slug,title_en,date\nfirst,First,2020\nsecond,Second,2021\n", encoding="utf-8")
    return path


def test_dry_run_lists_the_changes_and_writes_nothing(events_file, author, counts):
    before = counts()
    out, err = command(str(events_file), type="events", user="author", dry_run=True)
    assert "row 1 first: create" in out and "title_en: '' -> 'First'" in out
    assert "Would import 2 rows: 2 new drafts, 0 drafts updated, 0 pending edits, 0 unchanged." in out
    assert "rows" in err  # the progress bar, with its counts
    assert counts() == before


def test_import_makes_drafts(events_file, author):
    out, _err = command(str(events_file), type="events", user="author")
    assert "Imported 2 rows: 2 new drafts" in out
    assert set(Event.objects.values_list("slug", "status")) == {("first", Status.DRAFT), ("second", Status.DRAFT)}


def test_bad_row_fails_with_row_and_column_and_writes_nothing(tmp_path, author, counts):
    path = tmp_path / "events.json"
    path.write_text('[{"title_en": "Fine"}, {"title_en": "Bad", "event_type": "party"}]', encoding="utf-8")
    before = counts()
    with pytest.raises(CommandError, match="1 error"):
        call_command(
            "import_records",
            str(path),
            type="events",
            user="author",
            stdout=io.StringIO(),
            stderr=(err := io.StringIO()),
        )
    assert "row 2, column event_type:" in err.getvalue()
    assert counts() == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("events.txt", "x", "Give a .csv or .json file."), ("events.json", "[1]", "array of objects")],
)
def test_unreadable_files_are_refused(tmp_path, author, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        command(str(path), type="events", user="author")


def test_missing_file_and_unknown_user_are_refused(events_file, author):
    with pytest.raises(CommandError, match="Cannot read"):
        command(str(events_file) + ".missing", type="events", user="author")
    with pytest.raises(CommandError, match="No user"):
        command(str(events_file), type="events", user="nobody")
