"""Many ``or`` alternatives are cut to a cap, so no query is too deep for the database."""

import pytest

from archive.search import query
from tests.factories import make_event

from .conftest import titles


@pytest.fixture
def events(db):
    make_event(title="Dombra concert in Berlin", date="2022-05-01")


@pytest.mark.parametrize("count", [20, 40, 200])
def test_a_query_with_many_or_alternatives_gives_a_clean_page(search, events, count):
    words = [f"w{n}" for n in range(count - 1)]
    response = search(q=" or ".join(["dombra", *words]))
    assert response.status_code == 200
    assert titles(response) == ["Dombra concert in Berlin"]


def test_many_words_each_with_many_alternatives_give_a_clean_page(search, events):
    clause = " or ".join(f"w{n}" for n in range(12))
    response = search(q=" ".join([f"dombra or {clause}"] * 16))
    assert response.status_code == 200


def test_the_parsed_query_holds_at_most_the_capped_number_of_items():
    parsed = query.parse(" or ".join(f"w{n}" for n in range(100)) + " x y z -a -b")
    items = sum(len(clause) for clause in parsed.clauses) + len(parsed.excluded)
    assert items <= query.MAX_ITEMS
    # Each item is a tuple of words, each word the tuple of its keys.
    assert parsed.clauses[0][:2] == [(("w0",),), (("w1",),)]
