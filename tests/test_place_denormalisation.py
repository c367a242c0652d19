"""A place knows its country and city, itself included, from its first save."""

from archive.models import Place
from tests.factories import make_country, make_place


def test_a_new_city_is_its_own_city_and_knows_its_country(db):
    france = make_country()
    paris = make_place(name="Paris", parent=france)
    assert (france.country, france.city) == (france, None)
    assert (paris.country, paris.city) == (france, paris)
    stored = Place.objects.get(pk=paris.pk)
    assert (stored.country_id, stored.city_id) == (france.pk, paris.pk)
    assert Place.objects.get(pk=france.pk).country_id == france.pk


def test_a_venue_takes_its_city_and_country_from_its_parents(db):
    paris = make_place(name="Paris", parent=make_country())
    venue = make_place(name="Palais Garnier", kind=Place.Kind.VENUE, parent=paris)
    assert (venue.city, venue.country) == (paris, paris.country)
