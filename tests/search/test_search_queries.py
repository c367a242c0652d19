"""A search page costs the same few queries however many records match."""

import pytest
from django.db import connection

from tests.factories import make_event


@pytest.mark.parametrize("matches", [1, 5, 40])
def test_search_page_query_count_does_not_grow_with_results(search, django_assert_num_queries, matches):
    for number in range(matches):
        make_event(title=f"Dombra evening {number}", summary="With the dombra.")
    search(q="dombra")
    # The matches, the page of entries, the events on it, their photos (thumbnails); on
    # PostgreSQL also the keys the prefix stands for, the planner's estimate and the size
    # of the index, and the planner settings around the match; with fewer matches than a page
    # is ranked among, the names spelt like the word as well (with their planner settings).
    expected = 12 if connection.vendor == "postgresql" else 4
    with django_assert_num_queries(expected):
        response = search(q="dombra")
    assert len(response.context["hits"]) == min(matches, 20)
