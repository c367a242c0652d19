"""``exchange.importer``: dry runs, errors by row and column, drafts with revisions, pending edits."""

import json

import pytest

from archive.models import Event, Status
from editorial import revisions
from editorial.models import AuditEntry, Revision
from exchange import importer
from tests.factories import make_event, make_person, make_place, make_program, make_theme

pytestmark = pytest.mark.django_db

GOOD_CSV = (
    "slug,title_en,title_kk,title_ru,title_fr,date,event_type,place,programs,themes\n"
    "new-concert,New concert,Жаңа концерт,Новый концерт,Nouveau concert,2024-05-01,concert,paris,seasons,music|film\n"
    ",Second event,,,,2023,meeting,,,\n"
)


@pytest.fixture
def linked(db):
    make_place(name="Paris", slug="paris")
    make_program(title="Seasons", slug="seasons")
    make_theme(name="Music", slug="music")
    make_theme(name="Film", slug="film")


def run(data, *, by, fmt="csv", dry_run=False):
    return importer.run(Event, data.encode(), fmt, by=by, dry_run=dry_run)


def test_dry_run_reports_changes_and_changes_nothing(linked, author, counts):
    before = counts()
    report = run(GOOD_CSV, by=author, dry_run=True)
    assert report.ok and not report.applied
    assert [(plan.row, plan.action) for plan in report.rows] == [(1, "create"), (2, "create")]
    changes = {column: new for column, _old, new in report.rows[0].changes}
    assert changes["title_kk"] == "Жаңа концерт"
    assert changes["themes"] == "film|music"
    assert counts() == before


def test_good_file_makes_drafts_with_revisions_and_audit_entries(linked, author):
    report = run(GOOD_CSV, by=author)
    assert report.ok and report.applied
    event = Event.objects.get(slug="new-concert")
    assert event.status == Status.DRAFT
    assert event.created_by == author
    assert (event.title_ru, event.event_type, event.place.slug, event.date_lower.year) == (
        "Новый концерт",
        "concert",
        "paris",
        2024,
    )
    assert sorted(event.themes.values_list("slug", flat=True)) == ["film", "music"]
    assert list(event.programs.values_list("slug", flat=True)) == ["seasons"]
    second = Event.objects.get(title_en="Second event")
    assert second.slug == "second-event" and second.status == Status.DRAFT
    for record in (event, second):
        assert revisions.for_record(record).count() == 1
        entry = AuditEntry.objects.for_record(record).get()
        assert (entry.action, entry.actor, entry.to_state) == ("create", author, "draft")
    assert not Event.objects.published().filter(slug__in=["new-concert", "second-event"]).exists()


def test_bad_row_names_row_and_column_and_changes_nothing(linked, author, counts):
    before = counts()
    data = GOOD_CSV + "broken,Broken,,,,not a date,concert,nowhere,,\n"
    report = run(data, by=author)
    assert not report.ok and not report.applied
    assert {(error.row, error.column) for error in report.errors} == {(3, "date"), (3, "place")}
    assert counts() == before


def test_refusal_while_writing_rolls_back_earlier_rows(linked, author, counts, monkeypatch):
    """All or nothing: a refusal met while writing the last row undoes the rows written before it."""
    from editorial import workflow

    make_event(title="Live", slug="live", created_by=author)
    before = counts()

    def refuse(*args, **kwargs):
        raise workflow.Refused("Someone changed this record since you opened it.")

    monkeypatch.setattr(workflow, "save_pending", refuse)
    report = run(GOOD_CSV + "live,Changed,,,,2025-09-25,other,,,\n", by=author)
    assert not report.applied
    assert [(error.row, error.column) for error in report.errors] == [(3, "slug")]
    assert counts() == before


def test_record_in_review_cannot_be_changed_by_import(author, counts):
    make_event(title="Waiting", slug="waiting", status=Status.IN_REVIEW, created_by=author)
    before = counts()
    report = run("slug,title_en\nwaiting,Changed\n", by=author)
    assert [(error.row, error.column) for error in report.errors] == [(1, "slug")]
    assert counts() == before


def test_missing_title_and_unknown_values_are_reported(author):
    report = run("slug,title_en,event_type\nx,,dance\n", by=author)
    assert {(error.row, error.column) for error in report.errors} == {(1, "title_en"), (1, "event_type")}


def test_unknown_column_is_refused_before_any_row(author, counts):
    before = counts()
    report = run("slug,title_en,colour\nx,X,red\n", by=author)
    assert [(error.row, error.column) for error in report.errors] == [(0, "colour")]
    assert counts() == before


def test_same_slug_twice_is_an_error(author):
    report = run("slug,title_en\ntwin,A\ntwin,B\n", by=author)
    assert [(error.row, error.column) for error in report.errors] == [(2, "slug")]


def test_unreadable_files_are_refused(author):
    with pytest.raises(importer.FileRefused):
        importer.run(Event, b"\xff\xfe\x00bad", "csv", by=author)
    with pytest.raises(importer.FileRefused):
        run("{not json", by=author, fmt="json")
    with pytest.raises(importer.FileRefused):
        run('{"slug": "x"}', by=author, fmt="json")
    with pytest.raises(importer.FileRefused):
        run("slug,title_en\n", by=author)


def test_too_many_rows_are_refused(author, settings):
    settings.MADENI_IMPORT_MAX_ROWS = 2
    with pytest.raises(importer.FileRefused):
        run("slug,title_en\na,A\nb,B\nc,C\n", by=author)


def test_json_file_with_lists_of_slugs(linked, author):
    rows = [{"slug": "from-json", "title_en": "From JSON", "themes": ["music"], "place": "paris", "date": "2020"}]
    report = run(json.dumps(rows), by=author, fmt="json")
    assert report.applied
    event = Event.objects.get(slug="from-json")
    assert list(event.themes.values_list("slug", flat=True)) == ["music"]


def test_json_value_of_the_wrong_shape_names_its_column(author):
    report = run(json.dumps([{"title_en": {"a": 1}}]), by=author, fmt="json")
    assert [(error.row, error.column) for error in report.errors] == [(1, "title_en")]


def test_update_of_a_draft_by_slug_writes_a_new_revision(linked, author):
    event = make_event(title="Old title", slug="mine", status=Status.DRAFT, created_by=author)
    report = run("slug,title_en,place\nmine,New title,paris\n", by=author)
    assert report.applied and report.rows[0].action == "update"
    assert report.rows[0].changes == [("title_en", "Old title", "New title"), ("place", "", "paris")]
    event.refresh_from_db()
    assert (event.title_en, event.place.slug, event.status) == ("New title", "paris", Status.DRAFT)
    numbers = list(revisions.for_record(event).order_by("number").values_list("comment", flat=True))
    assert numbers == ["Stored version before the first edit", "Imported"]
    assert AuditEntry.objects.for_record(event).get().action == "save"


def test_columns_left_out_keep_their_values(author):
    event = make_event(title="Kept", slug="kept", date="1999", status=Status.DRAFT, created_by=author)
    run("slug,title_ru\nkept,Сохранён\n", by=author)
    event.refresh_from_db()
    assert (event.title_en, event.title_ru, event.date) == ("Kept", "Сохранён", "1999")


def test_update_of_a_published_record_becomes_pending_and_public_page_is_unchanged(client, author):
    event = make_event(title="Live title", slug="live", created_by=author)
    page_before = client.get("/en/events/live/").content.decode()
    report = run("slug,title_en\nlive,Imported title\n", by=author)
    assert report.applied and report.rows[0].action == "pending"
    event.refresh_from_db()
    assert (event.title_en, event.status, event.has_pending_changes) == ("Live title", Status.PUBLISHED, True)
    pending = revisions.pending(event)
    assert pending.content["fields"]["title_en"] == "Imported title"
    assert AuditEntry.objects.for_record(event).filter(action="save_pending").count() == 1
    page_after = client.get("/en/events/live/").content.decode()
    assert "Live title" in page_after and "Imported title" not in page_after
    assert page_before.count("Live title") == page_after.count("Live title")


def test_second_import_of_a_live_record_builds_on_its_pending_changes(author):
    event = make_event(title="Live", slug="live", date="2001", created_by=author)
    run("slug,title_en\nlive,First change\n", by=author)
    report = run("slug,date\nlive,2002\n", by=author)
    assert report.rows[0].changes == [("date", "2001", "2002")]
    event.refresh_from_db()
    pending = revisions.pending(event)
    assert (pending.content["fields"]["title_en"], pending.content["fields"]["date"]) == ("First change", "2002")


def test_unchanged_rows_write_nothing(author, counts):
    make_event(title="Same", slug="same", status=Status.DRAFT, created_by=author)
    before = counts()
    report = run("slug,title_en\nsame,Same\n", by=author)
    assert report.applied and report.rows[0].action == "unchanged"
    assert counts() == before


def test_author_may_not_update_someone_elses_record(author, counts):
    make_event(title="Theirs", slug="theirs", status=Status.DRAFT)
    before = counts()
    report = run("slug,title_en\ntheirs,Mine now\n", by=author)
    assert [(error.row, error.column) for error in report.errors] == [(1, "slug")]
    assert "own records" in report.errors[0].message
    assert counts() == before


def test_user_without_editorial_role_may_not_import(counts):
    from tests.factories import make_user

    before = counts()
    report = run("slug,title_en\nx,X\n", by=make_user("visitor"))
    assert [(error.row, error.column) for error in report.errors] == [(1, "slug")]
    assert counts() == before


def test_reviewer_may_not_add_records(reviewer, counts):
    before = counts()
    report = run("slug,title_en\nx,X\n", by=reviewer)
    assert report.errors and report.errors[0].column == "slug"
    assert counts() == before


def test_import_never_publishes_even_for_people(author):
    make_person(name="Existing", slug="existing", created_by=author)
    from archive.models import Person

    report = importer.run(Person, b"slug,name_en\nexisting,Renamed\nnewcomer,Newcomer\n", "csv", by=author)
    assert report.applied
    assert Person.objects.get(slug="existing").name_en == "Existing"
    assert Person.objects.get(slug="newcomer").status == Status.DRAFT
    assert Revision.objects.filter(pending=True).count() == 1


@pytest.mark.parametrize("segment", ["events", "people", "programs", "documents", "organizations", "places", "photos"])
def test_every_type_imports_a_draft(segment):
    from exchange import columns
    from tests.factories import make_user

    model = columns.model_for(segment)
    name_column = f"{model.slug_source}_en"
    data = f"slug,{name_column}\nimported-{segment},Imported {segment}\n".encode()
    report = importer.run(model, data, "csv", by=make_user("boss", is_superuser=True))
    assert report.applied, report.errors
    record = model.objects.get(slug=f"imported-{segment}")
    assert record.status == Status.DRAFT
    assert revisions.for_record(record).count() == 1


def test_numeric_slug_in_json_matches_its_record(author):
    make_event(title="Numbered", slug="1999", status=Status.DRAFT, created_by=author)
    report = run(json.dumps([{"slug": 1999, "title_en": "Renumbered"}]), by=author, fmt="json")
    assert report.applied and report.rows[0].action == "update"
    assert Event.objects.get(slug="1999").title_en == "Renumbered"


def test_same_number_written_differently_is_unchanged(author):
    from archive.models import Place

    make_place(name="Paris", slug="paris", latitude="48.856600", status=Status.DRAFT, created_by=author)
    report = importer.run(Place, b"slug,latitude\nparis,48.8566\n", "csv", by=author, dry_run=True)
    assert [plan.action for plan in report.rows] == ["unchanged"]
