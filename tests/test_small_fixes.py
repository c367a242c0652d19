"""Issue 12, point 6: theme links, the sort description, inverted year ranges, document authors and publishers."""

import pytest

from archive.links import theme_url
from archive.models import Status
from tests.factories import make_country, make_document, make_event, make_organization, make_person, make_theme

pytestmark = pytest.mark.django_db


def test_a_records_themes_link_to_its_list_filtered_by_that_theme(client):
    heritage = make_theme(slug="heritage", name="Heritage")
    event = make_event(title="Nomination", themes=[heritage])
    document = make_document(title="File", themes=[heritage])
    body = client.get(f"/en/events/{event.slug}/").content.decode()
    assert '<a href="/en/events/?theme=heritage">Heritage</a>' in body
    body = client.get(f"/en/documents/{document.slug}/").content.decode()
    assert '<a href="/en/documents/?theme=heritage">Heritage</a>' in body
    listed = client.get("/en/events/?theme=heritage")
    assert [record.title for record in listed.context["object_list"]] == ["Nomination"]


def test_a_place_theme_links_to_events_as_the_place_list_has_no_theme_filter():
    heritage = make_theme(slug="heritage", name="Heritage")
    assert theme_url(make_country(), heritage) == "/en/events/?theme=heritage"


def test_the_list_says_how_it_is_sorted(client):
    make_event()
    assert "Sorted: Newest first" in client.get("/en/events/").content.decode()
    body = client.get("/en/events/?sort=title").content.decode()
    assert "Sorted: Title (A–Z)" in body
    assert '<p class="lead">Meetings, visits, concerts, exhibitions, festivals and agreements.</p>' in body
    assert '<p class="sort-note">Sorted: Newest first</p>' not in body
    assert "Sorted: Oldest first" in client.get("/en/events/?sort=date").content.decode()
    assert "Sorted: Name (A–Z)" in client.get("/en/organizations/").content.decode()


def test_an_inverted_year_range_is_swapped_and_the_reader_told(client):
    make_event(title="In range", date="2015")
    make_event(title="Out of range", date="2022")
    response = client.get("/en/events/?year_from=2020&year_to=2010")
    assert [record.title for record in response.context["object_list"]] == ["In range"]
    body = response.content.decode()
    assert "The years were given the wrong way round, so this shows 2010 to 2020." in body
    assert 'name="year_from" type="number" min="1" max="9999" inputmode="numeric" value="2010"' in body
    assert "Nothing matches" not in body


def test_a_range_in_the_right_order_says_nothing_about_order(client):
    make_event(date="2015")
    for query in ("year_from=2010&year_to=2020", "year_from=2015&year_to=2015", "year_from=2010", "year_to=2010"):
        assert "wrong way round" not in client.get(f"/en/events/?{query}").content.decode()


def test_document_cards_and_pages_name_authors_and_publisher(client):
    author = make_person(name="Abzal Dosbolov")
    hidden = make_person(name="Secret Author", status=Status.DRAFT)
    publisher = make_organization(name="Academy of Public Administration")
    document = make_document(title="Global aspect", authors=[author, hidden], publisher=publisher)
    card = client.get("/en/documents/").content.decode()
    assert '<p class="card-authors">Authors: Abzal Dosbolov</p>' in card
    assert '<p class="card-publisher">Publisher: Academy of Public Administration</p>' in card
    page = client.get(f"/en/documents/{document.slug}/").content.decode()
    assert f'<a href="/en/people/{author.slug}/">Abzal Dosbolov</a>' in page
    assert f'<a href="/en/organizations/{publisher.slug}/">Academy of Public Administration</a>' in page
    assert "Secret Author" not in card and "Secret Author" not in page


def test_a_document_card_with_a_draft_publisher_names_none(client):
    make_document(publisher=make_organization(name="Hidden Press", status=Status.DRAFT))
    assert "Hidden Press" not in client.get("/en/documents/").content.decode()
