"""The SQLite fallback: word-prefix matching on the folded columns, ranked by column."""

import pytest

from tests.factories import make_event, make_person

from .conftest import titles

pytestmark = pytest.mark.sqlite


def test_a_word_prefix_finds_longer_words(search):
    make_event(title="Concerts of the season")
    assert titles(search(q="concert")) == ["Concerts of the season"]


def test_the_middle_of_a_word_is_not_a_match(search):
    make_event(title="A symposium")
    assert search(q="posium").context["hits"] == []


def test_a_title_match_ranks_above_a_body_match(search):
    make_event(title="Report of the year", body="It mentions the dombra once.", date="2025")
    make_event(title="Dombra night", date="2020")
    assert titles(search(q="dombra")) == ["Dombra night", "Report of the year"]


def test_the_fallback_finds_aliases(search):
    make_person(name="Aida Balayeva", aliases="А. Балаева")
    assert titles(search(q="Балаева")) == ["Aida Balayeva"]


def test_sixteen_different_words_do_not_overflow_the_sql_parser(search):
    make_event(title="Concerts of the season")
    words = "concerts seasons festivals exhibitions lectures screenings meetings summits"
    response = search(q=f"{words} congresses conferences readings visits forums weeks days nights")
    assert response.status_code == 200
    assert titles(response) == ["Concerts of the season"]
