"""A public record is never findable through a place the public cannot see (never-leak).

Events reach their city and country through their venue (denormalised on the place), so a
hidden venue must hide the city and country it leads to, in the facets and in the filters;
a photo reaches them through its events, so a hidden event must hide them too.
"""

import pytest

from archive.models import Place
from tests.factories import hidden_states, make_country, make_event, make_photo, make_place

pytestmark = pytest.mark.django_db

HIDDEN = hidden_states()


def _facet(response, param):
    return {
        value.value: value.count
        for facet in response.context["facets"]
        if facet.param == param
        for value in facet.values
    }


def _paris():
    return make_place(name="Paris", parent=make_country())


@pytest.mark.parametrize("state", HIDDEN)
def test_a_hidden_venue_does_not_make_an_event_findable_by_its_city_or_country(client, state):
    venue = make_place(name="Palais Garnier", kind=Place.Kind.VENUE, parent=_paris(), **HIDDEN[state])
    make_event(title="Abai at the Opera", place=venue)

    response = client.get("/en/events/")

    assert response.context["paginator"].count == 1  # the event itself stays public
    assert _facet(response, "city") == {}
    assert _facet(response, "country") == {}
    assert client.get("/en/events/?city=paris").context["paginator"].count == 0
    assert client.get("/en/events/?country=france").context["paginator"].count == 0


def test_a_public_venue_makes_an_event_findable_by_its_city_and_country(client):
    make_event(place=make_place(name="Palais Garnier", kind=Place.Kind.VENUE, parent=_paris()))

    response = client.get("/en/events/")

    assert _facet(response, "city") == {"paris": 1}
    assert _facet(response, "country") == {"france": 1}
    assert client.get("/en/events/?city=paris").context["paginator"].count == 1
    assert client.get("/en/events/?country=france").context["paginator"].count == 1


@pytest.mark.parametrize("hidden", ["event", "venue"])
def test_a_hidden_event_or_venue_does_not_make_a_photo_findable_by_country(client, hidden):
    venue = make_place(kind=Place.Kind.VENUE, parent=_paris(), **(HIDDEN["draft"] if hidden == "venue" else {}))
    event = make_event(place=venue, **(HIDDEN["draft"] if hidden == "event" else {}))
    make_photo(events=[event])

    response = client.get("/en/photos/")

    assert response.context["paginator"].count == 1
    assert _facet(response, "country") == {}
    assert client.get("/en/photos/?country=france").context["paginator"].count == 0


@pytest.mark.parametrize("state", ["draft", "expired"])
def test_a_hidden_venue_does_not_list_its_event_on_the_city_and_country_pages(client, state):
    paris = _paris()
    venue = make_place(name="Palais Garnier", kind=Place.Kind.VENUE, parent=paris, **HIDDEN[state])
    make_event(title="Abai at the Opera", place=venue)
    make_event(title="Kui in the Park", place=paris)

    for page in (f"/en/places/{paris.slug}/", f"/en/places/{paris.country.slug}/"):
        titles = [event.title for event in client.get(page).context["events"]]
        assert titles == ["Kui in the Park"], page
