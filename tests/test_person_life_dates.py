"""A person's date is a life: the living are born, not "since"; the dead have died."""

import pytest

from tests.factories import make_person, make_position

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "born"),
    [
        ("en", "born 27 November 1965"),
        ("kk", "1965 ж. 27 қарашада туған"),
        ("ru", "род. 27 ноября 1965 г."),
        ("fr", "naissance\u00a0: 27 novembre 1965"),
    ],
)
def test_a_living_person_is_born_on_their_page_and_in_the_list(client, language, born):
    person = make_person(name="Aida Balayeva", date="1965-11-27/..")

    page = client.get(f"/{language}/people/{person.slug}/").content.decode()
    listing = client.get(f"/{language}/people/").content.decode()

    assert born in page
    assert born in listing


def test_a_person_known_only_by_death_died():
    person = make_person(name="Abai", date="../1904-07-06")
    assert person.date_display == "died 6 July 1904"


def test_a_life_with_both_ends_reads_as_a_span():
    person = make_person(name="Kurmangazy", date="1818/1889")
    assert person.date_display == "1818–1889"


def test_a_position_held_since_a_year_still_reads_since():
    position = make_position(make_person(), date="2023/..")
    assert position.date_display == "since 2023"


def test_the_time_element_of_a_death_date_names_the_death_day(client):
    person = make_person(name="Abai", date="../1904-07-06")
    page = client.get(f"/en/people/{person.slug}/").content.decode()
    assert '<time datetime="1904-07-06">died 6 July 1904</time>' in page
