"""The search page: facets, type filter, sorting, pagination, echo of the query."""

import pytest

from tests.factories import make_document, make_event, make_person

from .conftest import titles


@pytest.fixture
def archive(db):
    make_event(title="Steppe festival 2019", date="2019-06-01")
    make_event(title="Steppe festival 2024", date="2024-06-01")
    make_event(title="Steppe festival 2021", date="2021-06-01")
    make_person(name="Steppe Singer", date="1950/2010")
    make_document(title="Steppe report", date="2022")


def test_an_empty_search_shows_the_form_and_searches_nothing(search, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = search()
    assert response.status_code == 200
    assert response.context["searched"] is False
    assert b'name="q"' in response.content


def test_facets_count_matches_per_type(search, archive):
    response = search(q="steppe")
    assert response.context["count"] == 5
    assert {facet.kind: facet.count for facet in response.context["facets"]} == {
        "event": 3,
        "person": 1,
        "document": 1,
    }


def test_filtering_by_type_keeps_the_other_facet_counts(search, archive):
    response = search(q="steppe", type="person")
    assert titles(response) == ["Steppe Singer"]
    assert response.context["count"] == 1
    assert {facet.kind: facet.count for facet in response.context["facets"]}["event"] == 3
    assert b"?q=steppe&amp;type=event" in response.content


def test_sorting_by_date_newest_and_oldest(search, archive):
    assert titles(search(q="festival", sort="newest")) == [
        "Steppe festival 2024",
        "Steppe festival 2021",
        "Steppe festival 2019",
    ]
    assert titles(search(q="festival", sort="oldest")) == [
        "Steppe festival 2019",
        "Steppe festival 2021",
        "Steppe festival 2024",
    ]


def test_results_are_paginated(search, db):
    for number in range(25):
        make_event(title=f"Dombra evening {number}")
    first, second = search(q="dombra"), search(q="dombra", page="2")
    assert len(first.context["hits"]) == 20 and len(second.context["hits"]) == 5
    assert not {hit.record.pk for hit in first.context["hits"]} & {hit.record.pk for hit in second.context["hits"]}
    assert b"page=2" in first.content


@pytest.mark.parametrize(
    "params",
    [{"type": "spaceship"}, {"sort": "random()"}, {"page": "-1"}, {"page": "abc"}, {"page": "99999999999999999999"}],
)
def test_invalid_filters_are_ignored_not_errors(search, archive, params):
    response = search(q="steppe", **params)
    assert response.status_code == 200
    assert response.context["hits"]


def test_the_query_is_escaped_where_it_is_echoed(search, archive):
    response = search(q='"><script>alert(1)</script>')
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_very_long_query_is_cut_and_still_answered(search, archive):
    response = search(q="steppe " * 2000)
    assert response.status_code == 200
    assert len(response.context["query"]) <= 256
    assert response.context["count"] == 5


def test_results_link_to_the_public_detail_pages(search, archive):
    response = search(q="singer")
    assert [hit.url for hit in response.context["hits"]] == ["/en/people/steppe-singer/"]
    assert b'href="/en/people/steppe-singer/"' in response.content


def test_the_page_speaks_the_language_of_its_url(client, archive):
    response = client.get("/ru/search/", {"q": "steppe", "type": "person"})
    assert [hit.url for hit in response.context["hits"]] == ["/ru/people/steppe-singer/"]
