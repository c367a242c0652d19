"""List pages number their pages with gaps, from Django's own elided page range."""

from django.core.paginator import Paginator

from archive.views.browse import page_range


def test_a_long_list_shows_the_ends_and_the_pages_around_the_current_one():
    page = Paginator(range(24 * 40), 24).page(6)
    assert page_range(page) == [1, Paginator.ELLIPSIS, 4, 5, 6, 7, 8, Paginator.ELLIPSIS, 40]


def test_a_short_list_shows_every_page_and_no_list_shows_none():
    assert page_range(Paginator(range(30), 24).page(1)) == [1, 2]
    assert page_range(None) == []
