"""A query in one script finds records written in the other, on both databases."""

import pytest

from tests.factories import make_event, make_person

from .conftest import titles


@pytest.fixture
def people(db):
    return {
        "balaeva": make_person(name="Aida Balayeva", name_ru="Аида Балаева"),
        "tlendiyev": make_person(name="Тлендиев Асхат"),
        "cyrillic_only": make_person(name="Жамбыл Жабаев"),
    }


@pytest.mark.parametrize("query", ["Balaeva", "Balayeva", "Балаева", "balaeva", "BALAYEVA"])
def test_every_spelling_of_balaeva_finds_her(search, people, query):
    assert titles(search(q=query)) == ["Aida Balayeva"]


@pytest.mark.parametrize("query", ["Tlendiyev", "Tlendiev", "Тлендиев"])
def test_latin_and_cyrillic_spellings_find_tlendiyev(search, people, query):
    assert [hit.record for hit in search(q=query).context["hits"]] == [people["tlendiyev"]]


def test_a_latin_query_finds_a_record_written_only_in_cyrillic(search, people):
    assert [hit.record for hit in search(q="Zhambyl").context["hits"]] == [people["cyrillic_only"]]
    assert [hit.record for hit in search(q="Jambyl Jabaev").context["hits"]] == [people["cyrillic_only"]]


def test_a_cyrillic_query_finds_a_latin_event_title(search, db):
    event = make_event(title="Days of Kazakh Culture in Almaty")
    make_event(title="Something else entirely")
    assert [hit.record for hit in search(q="Алматы").context["hits"]] == [event]


def test_text_in_another_language_version_is_found(search, db):
    event = make_event(title="Opera gala", body_ru="Выступление Балаевой и оркестра.")
    assert [hit.record for hit in search(q="orkestra").context["hits"]] == [event]
