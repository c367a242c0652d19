"""CSV and JSON exports of the public lists and of search: all rows, the page's filters, public only."""

import csv
import io
import json

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext

from archive.models import Event, Status
from archive.record_types import RECORD_TYPES
from exchange import columns, importer
from tests.factories import make_event, make_person, make_place, make_program, make_user

pytestmark = pytest.mark.django_db


def body(response):
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode()


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(body(response))))


def test_csv_export_has_every_matching_record_not_one_page(client):
    for n in range(30):
        make_event(title=f"Event {n:02}", date=f"20{n:02}")
    response = client.get("/en/events/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="events.csv"'
    rows = csv_rows(response)
    assert len(rows) == 30
    assert [row["title_en"] for row in rows[:2]] == ["Event 29", "Event 28"]  # the list's default sort


def test_filters_and_sort_of_the_page_are_honoured(client):
    make_event(title="Old concert", event_type=Event.Type.CONCERT, date="1995")
    make_event(title="New concert", event_type=Event.Type.CONCERT, date="2020")
    make_event(title="A meeting", event_type=Event.Type.MEETING, date="2020")
    rows = csv_rows(client.get("/en/events/export.csv?type=concert&sort=date"))
    assert [row["title_en"] for row in rows] == ["Old concert", "New concert"]
    rows = csv_rows(client.get("/en/events/export.csv?year_from=2010"))
    assert {row["title_en"] for row in rows} == {"New concert", "A meeting"}


def test_related_filter_by_slug(client):
    program = make_program(slug="seasons")
    make_event(title="In program", programs=[program])
    make_event(title="Outside")
    rows = json.loads(body(client.get("/en/events/export.json?program=seasons")))
    assert [row["title_en"] for row in rows] == ["In program"]
    assert rows[0]["programs"] == ["seasons"]


def test_drafts_and_hidden_related_records_are_left_out(client):
    draft_program = make_program(title="Secret program", slug="secret-program", status=Status.DRAFT)
    public_program = make_program(title="Open program", slug="open-program")
    hidden_place = make_place(name="Hidden venue", slug="hidden-venue", status=Status.ARCHIVED)
    hidden_person = make_person(name="Hidden Person", slug="hidden-person", status=Status.IN_REVIEW)
    make_event(
        title="Public",
        slug="public",
        place=hidden_place,
        programs=[draft_program, public_program],
        participants=[hidden_person, make_person(slug="seen-person")],
    )
    make_event(title="Draft event", slug="draft-event", status=Status.DRAFT)
    for fmt in ("csv", "json"):
        text = body(client.get(f"/en/events/export.{fmt}"))
        assert "draft-event" not in text and "Draft event" not in text
        assert "secret-program" not in text and "hidden-venue" not in text and "hidden-person" not in text
        assert "open-program" in text and "seen-person" in text
    [row] = json.loads(body(client.get("/en/events/export.json")))
    assert (row["place"], row["programs"], row["participants"]) == ("", ["open-program"], ["seen-person"])


def test_json_export_is_one_array_of_objects_with_the_documented_columns(client):
    make_event(title="Only", slug="only")
    response = client.get("/en/events/export.json")
    assert response["Content-Type"] == "application/json"
    [row] = json.loads(body(response))
    assert list(row) == [column.name for column in columns.columns(Event)]
    assert (row["slug"], row["url"], row["title_en"]) == ("only", "/en/events/only/", "Only")


def test_empty_list_exports_an_empty_array_and_a_header(client):
    assert json.loads(body(client.get("/en/events/export.json"))) == []
    assert body(client.get("/en/events/export.csv")).splitlines()[0].startswith("slug,url,title_en")


@pytest.mark.parametrize("query", ["year_from=abc", "country=" + "x" * 500, "type=nonsense", "sort=-evil"])
def test_bad_filter_input_is_a_400_not_a_500(client, query):
    make_event()
    assert client.get(f"/en/events/export.csv?{query}").status_code == 400


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        body(client.get(url))
    return len(context.captured_queries)


def test_query_count_does_not_grow_with_the_rows(client):
    from tests.factories import make_linked_records

    make_linked_records(3)
    few = _queries(client, "/en/events/export.csv")
    make_linked_records(12)
    assert _queries(client, "/en/events/export.csv") == few
    assert len(csv_rows(client.get("/en/events/export.csv"))) == 15


def test_rows_are_read_in_chunks(client, monkeypatch):
    """Past one chunk the rows keep coming, a fixed number of queries per chunk."""
    from exchange import export

    for n in range(7):
        make_event(title=f"Event {n}")
    monkeypatch.setattr(export, "CHUNK_SIZE", 3)
    assert len(csv_rows(client.get("/en/events/export.csv"))) == 7


@pytest.mark.parametrize("segment", sorted(record_type.segment for record_type in RECORD_TYPES))
def test_every_list_has_both_exports(client, segment):
    model = columns.model_for(segment)
    assert json.loads(body(client.get(f"/en/{segment}/export.json"))) == []
    header = body(client.get(f"/en/{segment}/export.csv")).splitlines()[0]
    assert header.split(",") == [column.name for column in columns.columns(model)]


def test_formula_like_text_is_defused_in_csv_and_restored_by_import(client):
    make_event(title="=HYPERLINK(1)", slug="formula", date="2020")
    text = body(client.get("/en/events/export.csv"))
    assert ",'=HYPERLINK(1)," in text
    assert columns.from_csv_cell("'=HYPERLINK(1)") == "=HYPERLINK(1)"
    assert columns.csv_cell("-12.5") == "-12.5"


def test_exported_csv_imports_back_unchanged(client):
    program = make_program(slug="seasons")
    make_event(title="Round trip", slug="round-trip", programs=[program], place=make_place(slug="paris"))
    data = body(client.get("/en/events/export.csv")).encode()
    report = importer.run(Event, data, "csv", by=make_user("boss", is_superuser=True), dry_run=True)
    assert report.ok
    assert [plan.action for plan in report.rows] == ["unchanged"]


def test_search_export_has_every_match_and_no_drafts(client):
    for n in range(25):
        make_event(title=f"Nauryz celebration {n}", slug=f"nauryz-{n}")
    make_event(title="Nauryz draft", slug="nauryz-draft", status=Status.DRAFT)
    make_event(title="Something else")
    rows = csv_rows(client.get("/en/search/export.csv?q=nauryz"))
    assert len(rows) == 25
    assert {row["kind"] for row in rows} == {"event"}
    assert "nauryz-draft" not in {row["slug"] for row in rows}
    assert rows[0]["url"].startswith("/en/events/nauryz-")
    data = json.loads(body(client.get("/en/search/export.json?q=nauryz&type=person")))
    assert data == []


def test_search_export_without_a_query_is_empty_and_bad_type_is_400(client):
    make_event(title="Anything")
    assert json.loads(body(client.get("/en/search/export.json"))) == []
    assert client.get("/en/search/export.json?q=x&type=secret").status_code == 400


def test_list_and_search_pages_link_to_their_exports(client):
    make_event(title="Nauryz", event_type=Event.Type.CONCERT)
    page = client.get("/en/events/?type=concert&page=1").content.decode()
    assert 'href="/en/events/export.csv?type=concert"' in page
    assert 'href="/en/events/export.json?type=concert"' in page
    page = client.get("/en/search/?q=nauryz").content.decode()
    assert 'href="/en/search/export.csv?q=nauryz"' in page


def test_docs_list_every_column():
    from pathlib import Path

    from django.conf import settings

    with open(Path(settings.BASE_DIR) / "docs" / "exports.md", encoding="utf-8") as docs:
        assert docs.read() == columns.describe() + "\n", "Regenerate docs/exports.md from columns.describe()"


def test_search_export_goes_past_the_relevance_cap(client, monkeypatch):
    """Search ranks only the newest CAP matches; the export still lists every match."""
    from archive.search import query

    monkeypatch.setattr(query, "CAP", 5)
    for n in range(8):
        make_event(title=f"Dombra evening {n}", date=f"201{n}")
    rows = csv_rows(client.get("/en/search/export.csv?q=dombra"))
    assert len(rows) == 8
    assert rows[0]["title"] == "Dombra evening 7"  # newest first past the cap


def test_file_is_named_after_the_list_in_every_language(client):
    response = client.get("/kk/people/export.csv")
    assert response["Content-Disposition"] == 'attachment; filename="people.csv"'
