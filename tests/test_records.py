"""Slugs, the definition of "public", and translation fallback."""

import datetime

import pytest
from django.utils import timezone, translation

from archive.models import Event, Status
from archive.record_types import RECORD_MODELS
from tests.factories import make_event, make_person

pytestmark = pytest.mark.django_db


def test_slugs_are_made_from_the_english_title_and_kept_unique():
    first = make_event(title="Days of Kazakh Culture")
    second = make_event(title="Days of Kazakh Culture")
    third = make_event(title="Days of Kazakh Culture")
    assert [first.slug, second.slug, third.slug] == [
        "days-of-kazakh-culture",
        "days-of-kazakh-culture-2",
        "days-of-kazakh-culture-3",
    ]


def test_slug_survives_a_title_change():
    event = make_event(title="Concert")
    event.title = "Concert at UNESCO"
    event.save()
    event.refresh_from_db()
    assert event.slug == "concert"


def test_slug_of_a_cyrillic_only_title_is_still_an_address():
    person = make_person(name="Аида Балаева")
    assert person.slug == "person"


def test_new_records_start_as_drafts():
    for model in RECORD_MODELS:
        assert model._meta.get_field("status").default == Status.DRAFT


@pytest.mark.parametrize(
    ("fields", "public"),
    [
        ({"status": Status.PUBLISHED}, True),
        ({"status": Status.DRAFT}, False),
        ({"status": Status.IN_REVIEW}, False),
        ({"status": Status.ARCHIVED}, False),
        ({"status": Status.PUBLISHED, "go_live_at": "future"}, False),
        ({"status": Status.PUBLISHED, "go_live_at": "past"}, True),
        ({"status": Status.PUBLISHED, "expire_at": "past"}, False),
        ({"status": Status.PUBLISHED, "expire_at": "future"}, True),
        ({"status": Status.DRAFT, "go_live_at": "past"}, False),
    ],
)
def test_published_is_the_single_definition_of_public(fields, public):
    now = timezone.now()
    moments = {"past": now - datetime.timedelta(hours=1), "future": now + datetime.timedelta(hours=1)}
    event = make_event(**{key: moments.get(value, value) for key, value in fields.items()})
    assert Event.objects.published().filter(pk=event.pk).exists() is public
    assert event.is_published() is public


def test_published_honours_the_moment_given():
    go_live = timezone.now() + datetime.timedelta(days=1)
    event = make_event(go_live_at=go_live)
    assert not Event.objects.published().filter(pk=event.pk).exists()
    assert Event.objects.published(now=go_live).filter(pk=event.pk).exists()


def test_missing_translation_falls_back_to_english_then_russian():
    event = make_event(title="Concert at UNESCO", title_ru="Концерт в ЮНЕСКО")
    with translation.override("ru"):
        assert event.title == "Концерт в ЮНЕСКО"
    with translation.override("fr"):
        assert event.title == "Concert at UNESCO"
    with translation.override("kk"):
        # Kazakh readers get Russian before English.
        assert event.title == "Концерт в ЮНЕСКО"


def test_own_translation_wins_over_fallback():
    event = make_event(title="Concert", title_kk="Концерт (kk)", title_ru="Концерт")
    with translation.override("kk"):
        assert event.title == "Концерт (kk)"


def test_a_new_country_or_city_is_its_own_country_or_city():
    from tests.factories import make_country, make_place

    france = make_country()
    paris = make_place(name="Paris", parent=france)
    venue = make_place(name="UNESCO Headquarters", kind="venue", parent=paris)
    france.refresh_from_db()
    paris.refresh_from_db()
    assert (france.country, france.city) == (france, None)
    assert (paris.country, paris.city) == (france, paris)
    assert (venue.country, venue.city) == (france, paris)
