"""Very common words: counts stop at a cap and relevance is ranked among the newest matches."""

import pytest

from archive.search import query
from tests.factories import make_event, make_person

from .conftest import titles


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(query, "CAP", 3)


@pytest.fixture
def common_word(db):
    for year in range(2010, 2016):
        make_event(title=f"Steppe evening {year}", date=str(year))
    make_person(name="Steppe Singer")


def test_facet_counts_stop_at_the_cap_and_say_so(search, small_cap, common_word):
    response = search(q="steppe")
    facets = {facet.kind: (facet.count, facet.more) for facet in response.context["facets"]}
    assert facets == {"event": (3, True), "person": (1, False)}
    assert response.context["more"] is True
    html = response.content.decode()
    assert "More than 3 results" in html
    assert '<span class="count">3+</span>' in html


def test_above_the_cap_relevance_ranks_the_newest_matches(search, small_cap, common_word):
    response = search(q="steppe", type="event")
    assert sorted(titles(response)) == [f"Steppe evening {year}" for year in range(2013, 2016)]


def test_below_the_cap_every_match_is_counted_and_ranked(search, common_word):
    response = search(q="steppe")
    assert response.context["count"] == 7
    assert response.context["more"] is False
    assert len(response.context["hits"]) == 7


def test_sorting_by_date_above_the_cap_lists_the_first_matches_of_the_whole_set(search, small_cap, common_word):
    response = search(q="steppe", type="event", sort="oldest")
    assert titles(response) == ["Steppe evening 2010", "Steppe evening 2011", "Steppe evening 2012"]
