"""Lists count exactly up to a limit; beyond it PostgreSQL estimates from a sample, and says so."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import estimates
from archive.estimates import EstimatingPaginator, about, sampled
from archive.models import Event, Status
from tests.factories import make_event, make_place, make_program


@pytest.fixture
def limit(monkeypatch):
    """Exact counts up to 5 records, samples of about 300 rows."""
    monkeypatch.setattr(EstimatingPaginator, "exact_up_to", 5)
    monkeypatch.setattr(estimates, "SAMPLE_ROWS", 300)


def _events(count, **fields):
    """``count`` published events, half concerts and half exhibitions, each with a page of text."""
    Event.objects.bulk_create(
        Event(
            title=f"Event {n}",
            slug=f"event-{n}",
            event_type="concert" if n % 2 else "exhibition",
            date="2020",
            date_lower="2020-01-01",
            date_upper="2020-12-31",
            body="Words of a long description. " * 40,
            status=Status.PUBLISHED,
            **fields,
        )
        for n in range(count)
    )


def _heading(response):
    return re.search(r'class="result-count">([^<]+)<', response.content.decode())[1]


def _type_counts(response):
    return {
        value.value: value for facet in response.context["facets"] if facet.param == "type" for value in facet.values
    }


def test_estimates_are_rounded_to_two_significant_figures():
    assert [about(n) for n in (7, 87, 1234, 948_312, 1_049_999.6)] == [7, 87, 1200, 950_000, 1_000_000]


def test_a_list_within_the_limit_is_counted_exactly(client, db, limit):
    _events(4)
    response = client.get("/en/events/")
    assert _heading(response) == "4 records"
    assert {key: value.count for key, value in _type_counts(response).items()} == {"concert": 2, "exhibition": 2}
    assert not any(value.estimated for value in _type_counts(response).values())
    assert "estimated" not in response.content.decode()


def test_the_count_reads_no_more_rows_than_the_limit(client, db, limit, monkeypatch):
    monkeypatch.setattr(EstimatingPaginator, "keys_up_to", 2)
    _events(4)
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/events/")
    counts = [query["sql"] for query in queries if "COUNT(" in query["sql"].upper() and "LIMIT 6" in query["sql"]]
    assert len(counts) == 1


def test_a_few_records_are_counted_by_their_keys_which_the_facets_reuse(client, db):
    _events(4)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/events/")
    assert _heading(response) == "4 records"
    assert {key: value.count for key, value in _type_counts(response).items()} == {"concert": 2, "exhibition": 2}
    assert response.context["paginator"].keys is not None
    # One query reads the keys (up to 201): no count, and the facets do not look for them again.
    assert not [query for query in queries if "COUNT(*)" in query["sql"].upper()]
    keys = [query for query in queries if query["sql"].startswith('SELECT "archive_event"."id" AS "pk"')]
    assert len(keys) == 1 and "LIMIT 201" in keys[0]["sql"]


def test_a_page_of_a_few_records_reads_them_by_their_keys(client, db):
    _events(30)
    Event.objects.filter(slug="event-3").update(date_lower="2024-01-01")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/events/?type=concert&sort=-date")
    paginator = response.context["paginator"]
    assert sorted(paginator.keys) == sorted(Event.objects.filter(event_type="concert").values_list("pk", flat=True))
    rows = [query["sql"] for query in queries if query["sql"].startswith('SELECT "archive_event"."id", ')]
    # The page's rows are looked up by the keys the count read, not found again by the filters.
    assert len(rows) == 1 and '"archive_event"."id" IN (' in rows[0]
    listed = [event.slug for event in response.context["object_list"]]
    assert listed[0] == "event-3" and len(listed) == min(15, paginator.per_page)
    assert all(slug in {f"event-{n}" for n in range(1, 30, 2)} for slug in listed)


@pytest.mark.sqlite
def test_sqlite_counts_a_long_list_exactly_and_pages_through_all_of_it(client, db, limit):
    _events(30)
    response = client.get("/en/events/")
    assert _heading(response) == "30 records"
    assert response.context["paginator"].num_pages == 2
    assert len(client.get("/en/events/?page=2").context["object_list"]) == 6
    assert {key: value.count for key, value in _type_counts(response).items()} == {"concert": 15, "exhibition": 15}


def _analyse():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_event")


@pytest.mark.postgresql
def test_postgresql_samples_a_table_larger_than_the_sample(db):
    _events(600)
    _analyse()
    queryset = Event.objects.published()
    sample, scale = sampled(queryset, rows=300)
    assert "TABLESAMPLE SYSTEM" in str(sample.query)
    assert scale == pytest.approx(2, rel=0.05)
    # The same pages each time (the seed is fixed), and about half of the table.
    assert sample.count() == sample.count()
    assert 150 <= sample.count() <= 450
    # A table no larger than the sample is read whole.
    assert sampled(queryset, rows=600) == (queryset, 1)


@pytest.mark.postgresql
def test_a_sampled_query_keeps_its_sample_when_filtered_joined_or_nested(db):
    _events(600)
    _analyse()
    sample, _scale = sampled(Event.objects.published().filter(event_type="concert"), rows=300)
    drawn = sample.count()
    assert 0 < drawn < 300
    assert sample.filter(place__isnull=True).order_by("-date_lower").count() == drawn
    assert sample.filter(place__country__isnull=True).count() == drawn  # a join to the places
    nested = Event.objects.filter(pk__in=sample.values("pk"))
    assert nested.count() == drawn
    assert set(nested.values_list("event_type", flat=True)) == {"concert"}


@pytest.mark.postgresql
def test_postgresql_estimates_a_long_list_and_its_facets_and_says_so(client, db, limit):
    _events(600)
    _analyse()
    response = client.get("/en/events/")
    text = response.content.decode()
    heading = _heading(response)
    number = int(re.fullmatch(r"About ([\d,]+) records", heading)[1].replace(",", ""))
    assert 300 <= number <= 900
    types = _type_counts(response)
    assert set(types) == {"concert", "exhibition"}
    assert all(value.estimated and 150 <= value.count <= 450 for value in types.values())
    assert "Counts marked ≈ are estimated from a sample of the archive." in text
    assert '<span aria-hidden="true">≈</span><span class="visually-hidden">about </span>' in text
    # Pages reach the first 5 records (one page), and say how to reach the others.
    assert response.context["paginator"].num_pages == 1
    assert "Pages list the first 5 records; choose filters or years to reach the others." in text
    assert client.get("/en/events/?page=2").status_code == 404


@pytest.mark.postgresql
def test_a_chosen_facet_value_is_estimated_among_the_others_results(client, db, limit):
    _events(600)
    _analyse()
    response = client.get("/en/events/?type=concert")
    types = _type_counts(response)
    assert types["concert"].active and types["concert"].estimated
    assert set(types) == {"concert", "exhibition"}
    assert re.fullmatch(r"(About [\d,]+|More than 5) records", _heading(response))
    assert all(record.event_type == "concert" for record in response.context["object_list"])


@pytest.mark.postgresql
def test_a_page_reads_its_tables_size_once_for_its_list_and_facets(client, db, limit):
    _events(600)
    _analyse()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/events/?type=concert")
    assert re.fullmatch(r"About [\d,]+ records", _heading(response))
    assert _type_counts(response)["concert"].estimated
    assert sum("pg_class" in query["sql"] for query in queries) == 1


@pytest.mark.postgresql
def test_a_short_list_does_not_read_its_tables_size(client, db, limit):
    _events(4)
    _analyse()
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/events/?type=concert")
    assert not any("pg_class" in query["sql"] for query in queries)


@pytest.mark.postgresql
def test_a_chosen_facets_other_values_are_counted_at_once_when_the_planner_expects_few(client, db):
    _events(30)
    _analyse()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/events/?type=concert")
    # The type facet counts the list without its own filter (30 events). The planner expects
    # far fewer than the exact limit, so they are counted exactly without being counted first.
    assert not any(f"LIMIT {EstimatingPaginator.exact_up_to + 1}" in query["sql"] for query in queries)
    types = _type_counts(response)
    assert {key: (value.count, value.estimated) for key, value in types.items()} == {
        "concert": (15, False),
        "exhibition": (15, False),
    }


def _planner_state_of(queries, start):
    """The SET LOCALs in force when each query whose SQL begins with ``start`` ran."""
    settings, states = {}, []
    for query in queries:
        sql = query["sql"]
        if sql.startswith("SET LOCAL"):
            for statement in sql.split("; "):
                name = statement.split()[2]
                if statement.endswith("TO DEFAULT"):
                    settings.pop(name, None)
                else:
                    settings[name] = statement
        elif sql.startswith(start):
            states.append(set(settings.values()))
    return states


@pytest.mark.postgresql
def test_the_keys_of_a_list_joined_to_its_links_are_read_by_key(client, db):
    """A program's few events in a large country: each link is one probe of the events' key.

    A hash join would read every event of the country first (47,000 at a million events), a
    cost that grows with the archive; the keys are at most ``keys_up_to + 1`` rows.
    """
    program = make_program(title="Days of culture")
    events = [
        make_event(title=f"Concert {n}", place=make_place(name=f"City {n}"), programs=[program]) for n in range(3)
    ]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/events/?program={program.slug}")
    assert sorted(response.context["paginator"].keys) == sorted(event.pk for event in events)
    states = _planner_state_of(queries, 'SELECT "archive_event"."id" AS "pk"')
    assert states and all("SET LOCAL enable_hashjoin = off" in state for state in states)
