"""PostgreSQL reads at most a sample of the matches; counts from a full sample say they are lower bounds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.search import postgres, query
from tests.factories import make_event, make_person

from .conftest import titles

pytestmark = pytest.mark.postgresql


@pytest.fixture
def evenings(db):
    for number in range(6):
        make_event(title=f"Dombra evening {number}", date=f"201{number}-05-01")
    make_person(name="Dombra Player")


def test_counts_from_a_full_sample_are_shown_as_lower_bounds(search, evenings, monkeypatch):
    monkeypatch.setattr(postgres, "SAMPLE", 4)
    response = search(q="dombra")
    assert response.context["more"]
    assert all(facet.more for facet in response.context["facets"])
    assert "More than" in response.content.decode()


def test_a_sample_that_holds_every_match_gives_exact_counts(search, evenings):
    response = search(q="dombra")
    assert not response.context["more"]
    assert {facet.kind: (facet.count, facet.more) for facet in response.context["facets"]} == {
        "event": (6, False),
        "person": (1, False),
    }


def test_newest_first_sorts_the_sample_by_date(search, evenings):
    assert titles(search(q="dombra", type="event", sort="newest"))[:2] == ["Dombra evening 5", "Dombra evening 4"]
    assert titles(search(q="dombra", type="event", sort="oldest"))[:2] == ["Dombra evening 0", "Dombra evening 1"]


def test_a_common_word_is_walked_newest_first_and_a_rare_one_read_by_bitmap(search, evenings, monkeypatch):
    def plans(common):
        monkeypatch.setattr(postgres, "COMMON", common)
        monkeypatch.setattr(postgres, "ROW_COST", 0)
        with CaptureQueriesContext(connection) as queries:
            search(q="dombra")
        return " ".join(query["sql"] for query in queries.captured_queries)

    assert "enable_bitmapscan = off" in plans(0.0)
    assert "enable_indexscan = off" in plans(1.1)


def test_the_planner_settings_are_put_back_after_a_search(search, evenings):
    search(q="dombra")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_indexscan'), current_setting('jit')")
        assert cursor.fetchone()[0] == "on"


def _sql(search, **params):
    with CaptureQueriesContext(connection) as queries:
        response = search(**params)
    return response, " ".join(query["sql"] for query in queries.captured_queries)


def test_a_common_question_of_several_words_is_walked_over_the_newest_rows_only(search, evenings, monkeypatch):
    monkeypatch.setattr(postgres, "COMMON", 0.0)
    monkeypatch.setattr(postgres, "ROW_COST", 0)
    monkeypatch.setattr(postgres, "WALK_ROWS", 4)
    monkeypatch.setattr(query, "CAP", 3)
    response, sql = _sql(search, q="dombra evening", sort="newest")
    assert "enable_bitmapscan = off" in sql
    assert "LIMIT 4) " in sql  # the walk reads its bound of rows, no more
    # Six evenings match, four are read, enough for a page of three: the newest, as lower bounds.
    assert titles(response) == [f"Dombra evening {number}" for number in (5, 4, 3)]
    assert response.context["more"]


def test_a_walk_that_finds_too_few_gives_way_to_every_match(search, evenings, monkeypatch):
    monkeypatch.setattr(postgres, "COMMON", 0.0)
    monkeypatch.setattr(postgres, "ROW_COST", 0)
    monkeypatch.setattr(postgres, "WALK_ROWS", 2)
    make_event(title="Kobyz morning", date="2024-01-01")
    make_event(title="Kobyz night", date="2024-01-02")
    make_event(title="Kobyz noon", date="2024-01-03")
    response, sql = _sql(search, q='"dombra evening"')
    # The two newest entries hold no evening: the question is answered from the whole index.
    assert "enable_indexscan = off" in sql
    assert sorted(titles(response)) == [f"Dombra evening {number}" for number in range(6)]
    assert not response.context["more"]


def test_a_walk_over_the_whole_index_gives_exact_counts(search, evenings, monkeypatch):
    monkeypatch.setattr(postgres, "COMMON", 0.0)
    monkeypatch.setattr(postgres, "ROW_COST", 0)
    response, sql = _sql(search, q='"dombra evening"')
    assert "enable_bitmapscan = off" in sql
    assert not response.context["more"]
    assert {facet.kind: (facet.count, facet.more) for facet in response.context["facets"]} == {"event": (6, False)}


def test_a_walk_keeps_to_the_kind_asked_for(search, evenings, monkeypatch):
    monkeypatch.setattr(postgres, "COMMON", 0.0)
    monkeypatch.setattr(postgres, "ROW_COST", 0)
    monkeypatch.setattr(postgres, "SAMPLE", 3)
    monkeypatch.setattr(postgres, "WALK_ROWS", 3)
    make_person(name="Dombra Teacher")
    response = search(q="dombra", type="person")
    assert sorted(titles(response)) == ["Dombra Player", "Dombra Teacher"]


@pytest.mark.parametrize(
    ("expected", "total", "walked"),
    [
        (5_000, 150_000, False),  # not common: a bitmap of few matches
        (12_700, 150_000, False),  # a twelfth of a small archive: 5,900 rows walked for 500
        (40_000, 150_000, True),  # a quarter: 1,900 rows walked, against 40,000 listed and 2,000 read
        (75_000, 150_000, True),  # half of it: a walk reads about 1,000 rows for 500
        (300_000, 1_500_000, True),  # a fifth of a large archive: 2,500 rows, not 300,000 matches
        (122_000, 1_500_000, True),  # a twelfth of it: 6,100 rows, not 122,000 listed and 2,000 read
        (50_000, 1_500_000, False),  # below COMMON: the planner's guess is too rough to bet on
        (139_000, 150_000, True),  # nearly every entry: a walk finds the page at once
    ],
)
def test_a_question_is_walked_when_that_is_cheaper_than_listing_its_matches(expected, total, walked):
    assert postgres.walks(expected, total, 500) is walked


def test_a_walk_tests_only_the_words_and_finds_misspelt_names_through_their_index(search, evenings, monkeypatch):
    monkeypatch.setattr(postgres, "COMMON", 0.0)
    monkeypatch.setattr(postgres, "ROW_COST", 0)
    make_person(name="Askhat Tlendiyev")
    make_event(title="Tlendeyev night", date="2001-01-01")
    response, sql = _sql(search, q="Tlendeyev")
    walk = next(part for part in sql.split("SET LOCAL") if "LIMIT 10000) " in part)
    # Each row the walk reads is tested against the words' index keys only: comparing its
    # names by trigrams would cost a third of the walk, and their own index answers at once.
    assert "%>" not in walk
    assert sorted(titles(response)) == ["Askhat Tlendiyev", "Tlendeyev night"]
    assert not response.context["more"]


def test_misspelt_names_are_looked_for_only_when_the_words_find_too_few_for_a_page(search, evenings, monkeypatch):
    make_person(name="Dombara Tlendiyev")

    # Few exact matches: the name spelt like the word joins them.
    response, sql = _sql(search, q="dombra")
    assert "%>" in sql
    assert "Dombara Tlendiyev" in titles(response)
    assert {facet.kind: facet.count for facet in response.context["facets"]}["person"] == 2

    # As many exact matches as a page is ranked among: the trigram index is not asked. Its
    # candidates grow with the archive and each is compared again; the word was spelt as the
    # archive spells it.
    monkeypatch.setattr(query, "CAP", 5)
    response, sql = _sql(search, q="dombra")
    assert "%>" not in sql
    assert {facet.kind: facet.count for facet in response.context["facets"]}["person"] == 1


@pytest.mark.parametrize(
    ("clauses", "shares", "total", "moved"),
    [
        # Four Russian words at a million entries: the word in 57 % of them (two keys) is
        # decoded in full by GIN; tested on the rows, it turns away fewer than it would cost.
        (
            [["kontsert"], ["kazahskoi", "kazahsk"], ["muzik"], ["parij"]],
            {"kazahskoi": 0.575, "kazahsk": 0.575, "kontsert": 0.084, "muzik": 0.107},
            1_510_000,
            [1],
        ),
        # The same at 150,000 entries: its lists are a tenth as long, and stay in the index.
        (
            [["kontsert"], ["kazahskoi", "kazahsk"], ["muzik"], ["parij"]],
            {"kazahskoi": 0.575, "kazahsk": 0.575, "kontsert": 0.084, "muzik": 0.107},
            151_000,
            [],
        ),
        # A key every entry holds turns no row away: it is never worth decoding.
        ([["dombra"], ["player"]], {"dombra": 1.0, "player": 0.14}, 7, [0]),
        # The rarest clause leads the bitmap, however common.
        ([["dombra"], ["evening"]], {"dombra": 1.0, "evening": 1.0}, 7, [1]),
        # A phrase's share is not its words': it stays, and leads.
        ([["dombra"], None], {"dombra": 1.0}, 7, [0]),
        # Keys the statistics do not list are rarer than those they list: nothing to gain.
        ([["balaeva"], ["tlendiev"]], {}, 1_510_000, []),
        # Two dense clauses: the second turns away more rows for each kept, from what the first kept.
        ([["a"], ["b"], ["c"]], {"a": 0.9, "b": 0.6, "c": 0.01}, 1_510_000, [0, 1]),
    ],
)
def test_a_clause_in_most_entries_is_tested_on_the_rows_when_decoding_it_costs_more(clauses, shares, total, moved):
    assert postgres.tested_on_rows(clauses, shares, total) == moved


def test_a_clause_every_entry_holds_is_tested_on_the_rows_read_and_finds_the_same(search, evenings, monkeypatch):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_searchentry")
    response, sql = _sql(search, q="dombra player")
    assert "IS TRUE" in sql
    found = titles(response)
    assert found[0] == "Dombra Player"

    monkeypatch.setattr(postgres, "DECODE_COST", 0)
    response, sql = _sql(search, q="dombra player")
    assert "IS TRUE" not in sql
    assert titles(response) == found


def test_names_spelt_like_the_words_rank_by_their_spelling_only_when_they_were_looked_for(
    search, evenings, monkeypatch
):
    make_person(name="Dombara Tlendiyev")

    def ranked(**params):
        with CaptureQueriesContext(connection) as queries:
            response = search(**params)
        ranking = [sql for sql in (query["sql"] for query in queries) if "TS_RANK(" in sql.upper()]
        assert len(ranking) == 1
        return response, "WORD_SIMILARITY(" in ranking[0].upper()

    # Few exact matches: the name spelt like the word joins them, and the closest spelling ranks first.
    response, by_spelling = ranked(q="dombra")
    assert "Dombara Tlendiyev" in titles(response)
    assert by_spelling

    # The words alone fill the entries a page is ranked among: no misspelt name is among
    # them, and comparing every entry's names by trigrams (10 µs each) would rank nothing new.
    monkeypatch.setattr(query, "CAP", 5)
    response, by_spelling = ranked(q="dombra")
    assert "Dombara Tlendiyev" not in titles(response)
    assert not by_spelling
