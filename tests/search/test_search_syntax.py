"""Websearch syntax ("phrase", -exclude, or) works alike on PostgreSQL and on the SQLite fallback."""

import pytest

from tests.factories import make_event

from .conftest import titles


@pytest.fixture
def events(db):
    make_event(title="Kazakh music in Paris", date="2024-05-01")
    make_event(title="Music of the steppe, Kazakh songs", date="2023-05-01")
    make_event(title="Dombra concert in Berlin", date="2022-05-01")


def test_a_quoted_phrase_matches_only_those_words_in_that_order(search, events):
    assert titles(search(q='"kazakh music"')) == ["Kazakh music in Paris"]


def test_a_minus_sign_excludes_a_word(search, events):
    assert titles(search(q="kazakh -paris")) == ["Music of the steppe, Kazakh songs"]


def test_or_finds_either_word(search, events):
    assert sorted(titles(search(q="paris or berlin"))) == ["Dombra concert in Berlin", "Kazakh music in Paris"]


def test_records_with_every_word_come_before_those_with_some(search, events):
    response = search(q="kazakh steppe")
    assert titles(response) == ["Music of the steppe, Kazakh songs", "Kazakh music in Paris"]
    assert response.context["complete"] == 1


@pytest.mark.parametrize("query", ['"kazakh music', "-", "or", "or or", '""', "- -", "kazakh or", "the", "of and the"])
def test_unbalanced_or_dangling_operators_give_a_clean_page(search, events, query):
    response = search(q=query)
    assert response.status_code == 200
