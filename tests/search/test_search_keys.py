"""Prefixes are matched through the index's own keys (``SearchKey``): the same entries, found faster."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import SearchEntry, SearchKey
from archive.search import postgres
from archive.search.query import parse, search
from tests.factories import make_event, make_person

pytestmark = pytest.mark.postgresql

QUERIES = [
    "kultur",  # a prefix of several keys
    "культуры",  # Cyrillic, stems and prefixes
    "kultur festival",  # two prefixes
    '"kulturnoi festival"',  # a phrase of prefixes
    "kultur -festival",  # an exclusion
    "kultur or dombra",
    "dombr",  # the prefix of one key
    "zzyzx",  # of no key
    "zzyzx kultur",
    "Tlendiev",
]


@pytest.fixture
def archive(db):
    make_event(title="Festival kulturnoi diplomatii", date="2019-05-01")
    make_event(title="Kulturnyi festival in Paris", date="2020-05-01")
    make_event(title="Дни культуры Казахстана", date="2021-05-01")
    make_event(title="Dombra evening", date="2022-05-01")
    make_event(title="Kultur und Musik", date="2023-05-01")
    make_person(name="Nurgisa Tlendiev")


def _matches(text, expanded):
    parsed = parse(text, "en")
    return set(SearchEntry.objects.filter(vector=_raw(parsed.tsquery(expanded))).values_list("pk", flat=True))


def _raw(tsquery):
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(tsquery, search_type="raw", config="simple")


@pytest.mark.parametrize("text", QUERIES)
def test_expanded_prefixes_match_what_the_prefixes_match(archive, text):
    parsed = parse(text, "en")
    expanded = postgres.expand(parsed.prefixes)
    assert _matches(text, expanded) == _matches(text, None)


def test_a_prefix_stands_for_every_key_it_begins_and_no_other(archive):
    expanded = postgres.expand(["kultur", "dombr", "zzyzx"])
    keys = set(SearchKey.objects.values_list("key", flat=True))
    assert expanded["kultur"] == sorted(key for key in keys if key.startswith("kultur"))
    assert len(expanded["kultur"]) > 1
    assert expanded["dombr"] == ["dombra"]
    # A prefix of no key stays a prefix: the index finds nothing for it at once.
    assert "zzyzx" not in expanded


def test_a_prefix_of_too_many_keys_is_left_to_the_index(archive, monkeypatch):
    monkeypatch.setattr(postgres, "EXPAND_MAX", 1)
    assert "kultur" not in postgres.expand(["kultur"])
    assert _matches("kultur", postgres.expand(["kultur"])) == _matches("kultur", None)


def test_the_search_asks_the_index_for_keys_not_prefixes(archive, monkeypatch):
    with CaptureQueriesContext(connection) as queries:
        hits = list(search("kultur festival", language="en").entries)
    matching = [query["sql"] for query in queries.captured_queries if "@@" in query["sql"] and "LIMIT" in query["sql"]]
    assert matching
    assert "kultur:*" not in matching[0]
    assert "'kulturnoi'" in matching[0]
    # The same hits, in the same order, as when the index expands the prefixes itself.
    monkeypatch.setattr(postgres, "EXPAND_MAX", 0)
    assert list(search("kultur festival", language="en").entries) == hits
    assert len(hits) >= 2


def test_indexing_a_record_adds_its_keys_and_finds_it_by_a_prefix(db):
    event = make_event(title="Qobyz recital in Astana", date="2024-03-01")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT lexeme FROM archive_searchentry, unnest(vector) WHERE kind = 'event' AND object_id = %s "
            "EXCEPT SELECT key FROM archive_searchkey",
            [event.pk],
        )
        assert cursor.fetchall() == []
    assert search("recit", language="en").count == 1


def test_every_key_of_the_index_is_a_search_key(archive):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM ts_stat('SELECT vector FROM archive_searchentry') "
            "EXCEPT SELECT key FROM archive_searchkey"
        )
        assert cursor.fetchall() == []


def test_a_key_that_would_break_the_query_is_quoted(archive):
    SearchKey.objects.create(key="kultur'x")
    parsed = parse("kultur", "en")
    assert _matches("kultur", postgres.expand(parsed.prefixes)) == _matches("kultur", None)
