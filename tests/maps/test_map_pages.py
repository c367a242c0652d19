"""The map pages: only public places, each listed in text beside the map, with no outside request."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ImproperlyConfigured

from archive.models import Place
from tests.factories import hidden_states, make_country, make_event, make_organization, make_place

pytestmark = pytest.mark.django_db

HIDDEN = hidden_states()


def _at(latitude, longitude):
    return {"latitude": Decimal(str(latitude)), "longitude": Decimal(str(longitude))}


def _map(html):
    """The first map figure of a page."""
    match = re.search(r'<figure class="map .*?</figure>', html, re.S)
    assert match, "the page has a map"
    return match.group(0)


def _marker_links(figure):
    svg = re.search(r"<svg.*?</svg>", figure, re.S)
    return re.findall(r'<a href="([^"]+)" aria-label="([^"]+)">', svg.group(0)) if svg else []


def _listed_links(figure):
    listed = re.search(r'<ul class="map-places">.*?</ul>', figure, re.S)
    return re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', listed.group(0)) if listed else []


@pytest.fixture
def kazakhstan():
    country = make_country(name="Kazakhstan", code="KZ", **_at(48.0, 67.0))
    almaty = make_place(name="Almaty", parent=country, **_at(43.238, 76.945))
    astana = make_place(name="Astana", parent=country, **_at(51.1694, 71.4491))
    return country, almaty, astana


def _assert_every_marker_is_listed_in_text(html):
    figure = _map(html)
    markers = _marker_links(figure)
    listed = _listed_links(figure)
    assert markers, "the map draws markers"
    assert {url for url, _label in markers} <= {url for url, _name in listed}
    return markers, listed


def test_every_map_page_lists_its_places_in_text(client, kazakhstan):
    country, almaty, _astana = kazakhstan
    make_event(place=almaty)
    make_organization(country=country)
    pages = ["/en/places/", "/en/places/kazakhstan/", "/en/places/almaty/", "/en/map/"]
    event, organization = make_event(place=almaty), make_organization(country=country)
    pages += [f"/en/events/{event.slug}/", f"/en/organizations/{organization.slug}/"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_every_marker_is_listed_in_text(response.content.decode())


def test_the_place_page_shows_its_coordinates_in_text_and_its_places_on_the_map(client, kazakhstan):
    html = client.get("/en/places/kazakhstan/").content.decode()
    assert "48.0000° N, 67.0000° E" in html
    markers, listed = _assert_every_marker_is_listed_in_text(html)
    assert [name for _url, name in listed] == ["Kazakhstan", "Almaty", "Astana"]
    assert "43.2380° N, 76.9450° E" in _map(html)
    assert len(markers) == 3


def test_a_place_without_coordinates_is_listed_but_not_drawn(client, kazakhstan):
    country, *_ = kazakhstan
    make_place(name="Turkistan", parent=country)
    figure = _map(client.get("/en/places/kazakhstan/").content.decode())
    assert "Turkistan" in figure
    assert "not on the map: no coordinates" in figure
    assert "Turkistan" not in re.search(r"<svg.*?</svg>", figure, re.S).group(0)


@pytest.mark.parametrize("state", HIDDEN)
def test_maps_never_show_a_place_the_public_cannot_see(client, kazakhstan, state):
    country, *_ = kazakhstan
    make_place(name="Secret Valley", parent=country, **_at(44.0, 70.0), **HIDDEN[state])
    for url in ["/en/places/", "/en/places/kazakhstan/"]:
        html = client.get(url).content.decode()
        assert "Secret Valley" not in html, url
        assert "secret-valley" not in html, url


def test_the_places_list_map_follows_the_list_filters(client, kazakhstan):
    make_place(name="Paris", parent=make_country(**_at(46.0, 2.0)), **_at(48.8566, 2.3522))
    figure = _map(client.get("/en/places/?country=kazakhstan").content.decode())
    names = [name for _url, name in _listed_links(figure)]
    assert names == ["Almaty", "Astana", "Kazakhstan"]
    assert len(_marker_links(figure)) == 3


def test_the_places_list_draws_no_map_when_its_filters_cannot_be_read(client, kazakhstan):
    response = client.get("/en/places/?type=" + "x" * 300)
    assert response.status_code == 200
    assert 'class="map ' not in response.content.decode()


def test_the_events_map_counts_public_events_by_city_and_links_to_them(client, kazakhstan):
    _country, almaty, astana = kazakhstan
    for _ in range(3):
        make_event(place=almaty)
    make_event(place=astana)
    make_event(place=astana, **HIDDEN["draft"])
    make_event(place=make_place(kind=Place.Kind.VENUE, parent=astana, **HIDDEN["draft"]))

    response = client.get("/en/map/")

    assert response.status_code == 200
    figure = _map(response.content.decode())
    markers = {label: url for url, label in _marker_links(figure)}
    assert markers == {
        "Almaty (events: 3)": "/en/events/?city=almaty",
        "Astana (events: 1)": "/en/events/?city=astana",
    }
    assert client.get("/en/events/?city=almaty").context["paginator"].count == 3
    assert response.context["total"] == 5
    assert response.context["located_total"] == 4


def test_the_events_map_keeps_the_events_list_filters(client, kazakhstan):
    _country, almaty, astana = kazakhstan
    make_event(place=almaty, event_type="concert")
    make_event(place=astana, event_type="meeting")

    figure = _map(client.get("/en/map/?type=concert").content.decode())

    assert _marker_links(figure) == [("/en/events/?type=concert&amp;city=almaty", "Almaty (events: 1)")]


def test_the_events_list_links_to_its_map_with_its_filters(client, kazakhstan):
    html = client.get("/en/events/?type=concert&page=1").content.decode()
    assert 'href="/en/map/?type=concert"' in html


@pytest.mark.parametrize("query", ["year_from=abc", "city=" + "x" * 500, "type=nonsense"])
def test_bad_filters_on_the_events_map_give_a_notice_not_an_error(client, kazakhstan, query):
    response = client.get(f"/en/map/?{query}")
    assert response.status_code == 200
    assert response.context["filter_errors"] is True
    assert "<svg" not in response.content.decode()


def test_the_events_map_costs_the_same_queries_for_more_cities(client, django_assert_max_num_queries, kazakhstan):
    country, almaty, astana = kazakhstan
    for city in (almaty, astana, *(make_place(parent=country, **_at(45 + n, 60 + n)) for n in range(8))):
        make_event(place=city)
    with django_assert_max_num_queries(8):
        response = client.get("/en/map/")
    assert len(_marker_links(_map(response.content.decode()))) == 10


def test_maps_make_no_outside_request(client, kazakhstan):
    _country, almaty, _astana = kazakhstan
    make_event(place=almaty)
    for url in ["/en/places/", "/en/places/almaty/", "/en/map/"]:
        figure = _map(client.get(url).content.decode())
        outside = re.findall(r'(?:href|src)="(?!/)([^"]*)"', figure)
        assert outside == [], url
        assert re.findall(r"https?://", figure) == ["http://"], "only the SVG namespace"


def test_the_map_server_link_appears_only_when_configured(client, settings, kazakhstan):
    assert "map-server" not in client.get("/en/places/almaty/").content.decode()
    settings.MADENI_MAP_SERVER_URL = "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=12/{lat}/{lon}"
    html = client.get("/en/places/almaty/").content.decode()
    assert 'href="https://www.openstreetmap.org/?mlat=43.238&amp;mlon=76.945#map=12/43.238/76.945"' in html
    settings.MADENI_MAP_SERVER_URL = "https://tiles.example.org/{z}/view?at={lat},{lon}"
    html = client.get("/en/places/almaty/").content.decode()
    assert 'href="https://tiles.example.org/{z}/view?at=43.238,76.945"' in html


def test_a_map_server_url_without_coordinates_is_refused(monkeypatch):
    import importlib

    from config import settings as project_settings

    monkeypatch.setenv("MADENI_MAP_SERVER_URL", "https://maps.example.org/")
    with pytest.raises(ImproperlyConfigured, match="MADENI_MAP_SERVER_URL"):
        importlib.reload(project_settings)
    monkeypatch.delenv("MADENI_MAP_SERVER_URL")
    importlib.reload(project_settings)


def test_an_event_or_organization_without_a_located_place_draws_no_map(client):
    nowhere = make_place(name="Nowhere")
    pages = [
        f"/en/events/{make_event(place=nowhere).slug}/",
        f"/en/events/{make_event(place=None).slug}/",
        f"/en/organizations/{make_organization(country=None).slug}/",
        f"/en/organizations/{make_organization(country=make_country()).slug}/",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'class="map ' not in response.content.decode(), url


def test_a_draft_place_of_an_event_is_neither_linked_nor_mapped(client):
    event = make_event(place=make_place(name="Hidden Hall", **_at(43.2, 76.9), **HIDDEN["draft"]))
    html = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "Hidden Hall" not in html
    assert 'class="map ' not in html


def test_a_place_page_draws_no_map_when_nothing_on_it_has_coordinates(client):
    make_place(name="Nowhere")
    html = client.get("/en/places/nowhere/").content.decode()
    assert 'class="map ' not in html
    assert "Coordinates" not in html
