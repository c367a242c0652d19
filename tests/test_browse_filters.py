"""Filtering the public lists: each filter, the year range with overlap semantics, sorting, paging."""

import pytest

from archive.models import Document, Place
from tests.factories import (
    make_country,
    make_document,
    make_event,
    make_organization,
    make_person,
    make_place,
    make_position,
    make_program,
    make_theme,
)


def _titles(response):
    return [record.title for record in response.context["object_list"]]


def test_year_range_finds_every_event_that_overlaps_it(client, db):
    make_event(title="Season 2024/2025", date="2024/2025")
    make_event(title="Concert 2025", date="2025-09")
    make_event(title="Forum 2019", date="2019")
    make_event(title="Ongoing since 2004", date="2004/..")
    make_event(title="Undated", date="")
    response = client.get("/en/events/?year_from=2025&year_to=2025&sort=title")
    assert _titles(response) == ["Concert 2025", "Ongoing since 2004", "Season 2024/2025"]
    assert _titles(client.get("/en/events/?year_to=2019&sort=title")) == ["Forum 2019", "Ongoing since 2004"]


def test_events_filter_by_country_city_program_person_organization_type_and_theme(client, db):
    france = make_country()
    paris = make_place(name="Paris", parent=france)
    garnier = make_place(name="Palais Garnier", kind=Place.Kind.VENUE, parent=paris)
    program = make_program(title="Days of Culture")
    person = make_person(name="Aida Balayeva")
    unesco = make_organization(name="UNESCO")
    theme = make_theme(name="Music", slug="music")
    make_event(
        title="Gala",
        event_type="concert",
        place=garnier,
        programs=[program],
        participants=[person],
        organizations=[(unesco, "host"), (unesco, "sponsor")],
        themes=[theme],
    )
    make_event(title="Elsewhere", event_type="meeting")
    for query in (
        "country=france",
        "city=paris",
        "program=days-of-culture",
        "person=aida-balayeva",
        "organization=unesco",
        "type=concert",
        "theme=music",
        "country=france&theme=music&type=concert",
    ):
        assert _titles(client.get(f"/en/events/?{query}")) == ["Gala"], query


def test_documents_filter_by_language_author_and_publisher(client, db):
    author = make_person(name="Aida Balayeva")
    ministry = make_organization(name="Ministry of Culture")
    make_document(title="Speech", language="kk", authors=[author], publisher=ministry, doc_type=Document.Type.SPEECH)
    make_document(title="Report", language="en")
    assert _titles(client.get("/en/documents/?language=kk")) == ["Speech"]
    assert _titles(client.get("/en/documents/?author=aida-balayeva")) == ["Speech"]
    assert _titles(client.get("/en/documents/?person=aida-balayeva")) == ["Speech"]
    assert _titles(client.get("/en/documents/?organization=ministry-of-culture")) == ["Speech"]
    assert _titles(client.get("/en/documents/?type=speech")) == ["Speech"]


def test_people_filter_by_the_country_of_their_offices_without_repeating_anyone(client, db):
    france = make_country()
    person = make_person(name="Aida Balayeva")
    make_position(person, title="Ambassador", country=france, date="2010/2015")
    make_position(person, title="Ambassador again", country=france, date="2018/2020")
    make_person(name="Someone Else")
    response = client.get("/en/people/?country=france")
    assert [p.name for p in response.context["object_list"]] == ["Aida Balayeva"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("date", ["Alpha 2001", "Gamma 2002", "Beta 2003"]),
        ("-date", ["Beta 2003", "Gamma 2002", "Alpha 2001"]),
        ("title", ["Alpha 2001", "Beta 2003", "Gamma 2002"]),
        ("", ["Beta 2003", "Gamma 2002", "Alpha 2001"]),
    ],
)
def test_lists_sort_by_date_either_way_or_by_title(client, db, sort, expected):
    for title, date in (("Alpha 2001", "2001"), ("Beta 2003", "2003"), ("Gamma 2002", "2002")):
        make_event(title=title, date=date)
    assert _titles(client.get(f"/en/events/?sort={sort}")) == expected


def test_pages_hold_24_records_and_link_to_each_other(client, db):
    for number in range(30):
        make_event(title=f"Event {number:02d}", date=str(1990 + number))
    first = client.get("/en/events/?country=&sort=date")
    assert len(first.context["object_list"]) == 24
    assert 'href="?country=&amp;sort=date&amp;page=2" rel="next"' in first.text
    assert first.context["page_range"] == [1, 2]
    second = client.get("/en/events/?sort=date&page=2")
    assert _titles(second) == [f"Event {number:02d}" for number in range(24, 30)]
    assert client.get("/en/events/?sort=date&page=3").status_code == 404
