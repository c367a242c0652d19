"""manage.py benchmark: fills a synthetic archive on PostgreSQL and measures it; refuses SQLite."""

import io
from array import array
from contextlib import contextmanager

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from archive.models import Event, EventOrganization, Organization, Participation, Person, Program, SearchEntry
from benchmark.synthetic import Synthesizer, shape
from tests.factories import make_event


@pytest.mark.sqlite
def test_the_benchmark_refuses_to_run_on_sqlite(db):
    with pytest.raises(CommandError, match="PostgreSQL only"):
        call_command("benchmark")


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)  # the fill ends with VACUUM, which cannot run in a transaction
def test_the_benchmark_fills_an_indexed_archive_and_reports_every_url():
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "benchmark", "--fill", events=40, people=15, documents=10, requests=2, warmup=0, stdout=out, stderr=err
    )
    assert Event.objects.count() == 40 and Person.objects.count() == 15
    # A progress bar per step, with counts.
    assert "40/40" in err.getvalue() and "15/15" in err.getvalue()
    assert Participation.objects.filter(event__slug__startswith="bench-").count() >= 40
    assert SearchEntry.objects.filter(kind="event").count() == 40
    assert not SearchEntry.objects.filter(vector__isnull=True).exists()
    report = out.getvalue()
    assert "| Bare view, static template | `/benchmark/static/` | 200 |" in report
    search_rows = [line for line in report.splitlines() if line.startswith("| Search")]
    assert len(search_rows) == 17
    assert all(" | 200 | " in row for row in search_rows)
    admin_rows = [line for line in report.splitlines() if line.startswith("| Admin")]
    assert len(admin_rows) == 8
    assert all(" | 200 | " in row for row in admin_rows)
    api_rows = [line for line in report.splitlines() if line.startswith("| API")]
    assert len(api_rows) == 7
    assert all(" | 200 | " in row for row in api_rows)


@pytest.mark.postgresql
def test_the_fill_streams_batch_by_batch_keeping_only_primary_keys(db):
    bars = []

    @contextmanager
    def progress(total, unit):
        updates = []
        bars.append((unit, total, updates))
        yield type("Bar", (), {"update": staticmethod(updates.append)})

    synthesizer = Synthesizer(batch_size=4, progress=progress)
    countries, cities = synthesizer.places()
    organizations = synthesizer.organizations(3, countries)
    programs = synthesizer.programs(2, organizations)
    people = synthesizer.people(10)
    events = synthesizer.events(9, cities, programs, organizations, people)

    assert isinstance(people, array) and isinstance(events, array)
    assert sorted(people) == sorted(Person.objects.values_list("pk", flat=True))
    assert sorted(events) == sorted(Event.objects.values_list("pk", flat=True))
    # Each batch's links are written with it: every event has its organizer and participants.
    assert EventOrganization.objects.filter(event__in=events).count() == 9
    assert set(Participation.objects.values_list("event", flat=True)) == set(events)
    assert bars == [("people", 10, [4, 4, 2]), ("events", 9, [4, 4, 1])]


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_only_measures_the_pages_whose_label_matches():
    out = io.StringIO()
    call_command(
        "benchmark", "--fill", events=10, people=5, documents=3, requests=2, warmup=0, only="admin", stdout=out
    )
    rows = [line for line in out.getvalue().splitlines() if line.startswith("| ") and "---" not in line]
    labels = [row.split(" | ")[0] for row in rows[2:]]  # the header, then the bare view
    assert labels and all("Admin" in label for label in labels)


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_the_report_names_the_database_server_and_its_memory_settings():
    """Figures taken with 128 MB of shared buffers and with 6 GB are not comparable: the report says which."""
    out = io.StringIO()
    call_command("benchmark", "--fill", events=10, people=5, documents=3, requests=2, warmup=0, only="bare", stdout=out)
    with connection.cursor() as cursor:
        cursor.execute("SHOW shared_buffers")
        (shared_buffers,) = cursor.fetchone()
    line = next(line for line in out.getvalue().splitlines() if line.startswith("PostgreSQL "))
    assert f"shared_buffers {shared_buffers}" in line
    assert "effective_cache_size " in line and "work_mem " in line


@pytest.mark.postgresql
def test_reset_refuses_to_empty_an_archive_with_real_records(db):
    make_event(title="A real event")
    with pytest.raises(CommandError, match="not benchmark data"):
        call_command("benchmark", "--reset")
    assert Event.objects.filter(title="A real event").exists()


def test_a_larger_archive_holds_more_programs_and_organizations_not_larger_ones():
    """At 100,000 events as before (1,000 and 300); ten times the events, ten times as many of each."""
    assert shape(100_000) == (1_000, 300)
    assert shape(1_000_000) == (10_000, 3_000)
    assert shape(10) == (1, 1)


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_the_fill_takes_the_number_of_programs_and_organizations_when_given():
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "benchmark",
        "--fill",
        events=20,
        people=5,
        documents=3,
        organizations=4,
        programs=3,
        requests=2,
        warmup=0,
        only="bare",
        stdout=out,
        stderr=err,
    )
    assert Organization.objects.filter(slug__startswith="bench-").count() == 4
    assert Program.objects.filter(slug__startswith="bench-").count() == 3
    assert "4 organizations, 3 programs" in out.getvalue()
