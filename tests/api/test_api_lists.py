"""Lists: published records only, the public pages' filters, q= search, stable cursor pages, 400s."""

import pytest

from archive import filters
from archive.models import Event, EventOrganization, Person, Photo, Place, Program
from tests.factories import (
    hidden_states,
    make_country,
    make_document,
    make_event,
    make_organization,
    make_person,
    make_photo,
    make_place,
    make_position,
    make_program,
    make_theme,
)
from tests.media.helpers import fetch

from .conftest import SEGMENTS, walk

MAKERS = {
    "events": make_event,
    "people": make_person,
    "programs": make_program,
    "documents": make_document,
    "organizations": make_organization,
    "places": make_place,
    "photos": make_photo,
}


@pytest.mark.django_db
@pytest.mark.parametrize("segment", SEGMENTS)
def test_list_shows_published_records_only(client, segment, media_root):
    make = MAKERS[segment]
    public = make(slug=f"public-{segment}")
    for name, state in hidden_states().items():
        make(slug=f"hidden-{name}", **state)

    response = client.get(f"/api/v1/{segment}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert [item["slug"] for item in response.json()["results"]] == [public.slug]


@pytest.mark.django_db
def test_list_item_gives_every_language_and_links(client):
    event = make_event(title="Days of Culture", title_ru="Дни культуры", place=make_place(name="Paris"))

    item = client.get("/api/v1/events/").json()["results"][0]

    assert item["title"] == {"en": "Days of Culture", "kk": None, "ru": "Дни культуры", "fr": None}
    assert item["url"] == f"http://testserver/api/v1/events/{event.slug}/"
    assert item["web_pages"]["kk"] == f"http://testserver/kk/events/{event.slug}/"
    assert item["place"] == f"http://testserver/api/v1/places/{event.place.slug}/"
    assert (item["date"], item["date_earliest"], item["date_latest"]) == ("2025-09-25", "2025-09-25", "2025-09-25")


@pytest.mark.django_db
def test_open_ended_dates_have_null_bounds(client):
    make_program(date="2004/..")

    item = client.get("/api/v1/programs/").json()["results"][0]

    assert (item["date_earliest"], item["date_latest"]) == ("2004-01-01", None)


@pytest.fixture
def faceted_archive(media_root):
    france, japan = make_country(), make_country(name="Japan", code="JP")
    paris, tokyo = make_place(name="Paris", parent=france), make_place(name="Tokyo", parent=japan)
    ministry = make_organization(country=france)
    program, theme = make_program(organizers=[ministry]), make_theme()
    make_program(kind=Program.Kind.SEASON, organizers=[make_organization(country=japan)])
    minister, artist = make_person(), make_person()
    make_position(minister, organization=ministry, country=france)
    concert = make_event(
        event_type=Event.Type.CONCERT,
        place=paris,
        date="2012-05-01",
        programs=[program],
        participants=[minister],
        organizations=[(ministry, EventOrganization.Role.HOST)],
        themes=[theme],
    )
    exhibition = make_event(event_type=Event.Type.EXHIBITION, place=tokyo, date="1998", participants=[artist])
    make_event(event_type=Event.Type.CONCERT, date="2020")
    make_document(authors=[minister], events=[concert], programs=[program], language="ru", publisher=ministry)
    make_document(people=[artist], events=[exhibition], language="kk")
    make_photo(events=[concert], people=[minister], date="2012")
    make_photo(events=[exhibition], people=[artist], date="1998")
    return locals()


FILTERED = [
    ("events", filters.EventFilterSet, "type=concert"),
    ("events", filters.EventFilterSet, "country={france.slug}"),
    ("events", filters.EventFilterSet, "city={tokyo.slug}"),
    ("events", filters.EventFilterSet, "program={program.slug}&type=concert"),
    ("events", filters.EventFilterSet, "person={minister.slug}"),
    ("events", filters.EventFilterSet, "organization={ministry.slug}"),
    ("events", filters.EventFilterSet, "theme={theme.slug}"),
    ("events", filters.EventFilterSet, "year_from=2010&year_to=2015"),
    ("events", filters.EventFilterSet, "year_to=2000"),
    ("people", filters.PersonFilterSet, "country={france.slug}"),
    ("people", filters.PersonFilterSet, "event={exhibition.slug}"),
    ("programs", filters.ProgramFilterSet, "type=state"),
    ("programs", filters.ProgramFilterSet, "organization={ministry.slug}"),
    ("documents", filters.DocumentFilterSet, "language=kk"),
    ("documents", filters.DocumentFilterSet, "author={minister.slug}"),
    ("documents", filters.DocumentFilterSet, "person={artist.slug}"),
    ("documents", filters.DocumentFilterSet, "organization={ministry.slug}"),
    ("photos", filters.PhotoFilterSet, "country={japan.slug}"),
    ("photos", filters.PhotoFilterSet, "person={minister.slug}"),
    ("organizations", filters.OrganizationFilterSet, "country={france.slug}"),
    ("places", filters.PlaceFilterSet, "type=country"),
    ("places", filters.PlaceFilterSet, "country={japan.slug}"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("segment", "filterset_class", "query"), FILTERED)
def test_list_filters_find_what_the_public_page_finds(client, faceted_archive, segment, filterset_class, query):
    from django.http import QueryDict

    query = query.format(**faceted_archive)
    model = filterset_class._meta.model
    page = filterset_class(QueryDict(query), queryset=model.objects.published())
    expected = sorted(page.qs.values_list("slug", flat=True))

    found = walk(client, f"/api/v1/{segment}/?{query}")

    assert expected, "the filter should find something"
    assert sorted(found) == expected
    assert len(expected) < model.objects.published().count(), "the filter should leave something out"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "year_from=nineteen",
        "year_to=0",
        "year_from=10000",
        "type=picnic",
        "country=" + "x" * 500,
        "theme=" + "y" * 121,
    ],
)
def test_invalid_filter_value_answers_400_naming_the_parameter(client, query):
    make_event()

    response = client.get(f"/api/v1/events/?{query}")

    assert response.status_code == 400
    assert query.split("=")[0] in response.json()


@pytest.mark.django_db
def test_filter_by_hidden_record_finds_nothing(client):
    draft_country = make_country(status="draft")
    make_event(place=make_place(parent=draft_country))

    response = client.get(f"/api/v1/events/?country={draft_country.slug}")

    assert response.status_code == 200
    assert response.json()["results"] == []


@pytest.mark.django_db
def test_q_searches_with_the_archive_search(client):
    balaeva = make_person(name="Aida Balayeva")
    make_person(name="Yerlan Tokayev")
    make_person(name="Секрет Балаева", status="draft")

    found = walk(client, "/api/v1/people/?q=Балаева")

    assert found == [balaeva.slug]


@pytest.mark.django_db
def test_q_on_places_finds_them_as_search_does(client):
    paris = make_place(name="Paris", name_ru="Париж")
    make_place(name="Tokyo")

    # Places are in the search index: any script, and a word of four letters or more as a prefix.
    assert walk(client, "/api/v1/places/?q=Париж") == [paris.slug]
    assert walk(client, "/api/v1/places/?q=pari") == [paris.slug]


@pytest.mark.django_db
def test_q_made_of_syntax_only_finds_nothing(client):
    make_event(title="Concert")

    response = client.get("/api/v1/events/?q=-%22")

    assert response.status_code == 200
    assert response.json()["results"] == []


@pytest.mark.django_db
def test_cursor_pages_walk_every_record_once_in_id_order(client):
    events = [make_event(date=f"{2000 + n % 3}") for n in range(8)]

    first = client.get("/api/v1/events/?page_size=3").json()
    found = walk(client, "/api/v1/events/?page_size=3")

    assert len(first["results"]) == 3 and first["previous"] is None
    assert found == [event.slug for event in sorted(events, key=lambda e: e.pk)]


@pytest.mark.django_db
def test_cursor_pages_stay_stable_when_records_are_added_while_walking(client):
    events = [make_event() for _n in range(4)]
    first = client.get("/api/v1/events/?page_size=2").json()
    newcomer = make_event()

    rest = walk(client, first["next"])

    assert [item["slug"] for item in first["results"]] + rest == [e.slug for e in [*events, newcomer]]


@pytest.mark.django_db
def test_previous_cursor_goes_back_to_the_same_page(client):
    for _n in range(5):
        make_event()
    first = client.get("/api/v1/events/?page_size=2").json()
    second = client.get(first["next"]).json()

    back = client.get(second["previous"]).json()

    assert back["results"] == first["results"]


@pytest.mark.django_db
@pytest.mark.parametrize("cursor", ["nonsense", "cD1hYmM%3D", "cD0xMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTA%3D"])
def test_unknown_cursor_answers_404(client, cursor):
    make_event()

    response = client.get(f"/api/v1/events/?cursor={cursor}")

    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid cursor"}


@pytest.mark.django_db
@pytest.mark.parametrize("page_size", ["abc", "-3", "0", "100000"])
def test_odd_page_size_falls_back_or_is_capped(client, page_size):
    for _n in range(3):
        make_event()

    response = client.get(f"/api/v1/events/?page_size={page_size}")

    assert response.status_code == 200
    assert len(response.json()["results"]) == 3


@pytest.mark.django_db
def test_photo_list_links_renditions_under_files(client, media_root):
    photo = make_photo()

    item = client.get("/api/v1/photos/").json()["results"][0]

    assert item["renditions"], "renditions are made inline in tests"
    for rendition in item["renditions"]:
        assert rendition["url"].startswith(f"http://testserver/files/photos/{photo.pk}/")
        assert fetch(client, rendition["url"]).status_code == 200
    assert Photo.objects.get().renditions.count() == len(item["renditions"])


@pytest.mark.django_db
def test_hidden_place_reads_as_null_in_a_list(client):
    make_event(place=make_place(status="draft"))

    assert client.get("/api/v1/events/").json()["results"][0]["place"] is None
    assert Place.objects.count() == 1 and Person.objects.count() == 0
