"""The public pages speak Kazakh at /kk/, Russian at /ru/ and French at /fr/."""

import pytest
from django.utils import translation

from archive.models import Event
from tests.factories import make_country, make_event, make_person, make_place
from tests.po_catalogs import LOCALE_DIR

pytestmark = pytest.mark.django_db

NAVIGATION = {
    "kk": ["Іс-шаралар", "Тұлғалар", "Бағдарламалар", "Құжаттар", "Ұйымдар", "Орындар", "Фотосуреттер", "Хронология"],
    "ru": ["События", "Персоны", "Программы", "Документы", "Организации", "Места", "Фотографии", "Хронология"],
    "fr": ["Événements", "Personnes", "Programmes", "Documents", "Organisations", "Lieux", "Photos", "Chronologie"],
}
ENGLISH_NAVIGATION = ["Events", "People", "Programs", "Documents", "Organizations", "Places", "Photos", "Timeline"]


@pytest.fixture(autouse=True)
def _compiled():
    compiled = {language: LOCALE_DIR / language / "LC_MESSAGES" / "django.mo" for language in NAVIGATION}
    missing = [language for language, path in compiled.items() if not path.exists()]
    assert not missing, f"no compiled catalog for {missing}: install gettext (msgfmt) or run bin/test"


def _navigation(html):
    return html.split('class="site-nav"', 1)[1].split("</nav>", 1)[0]


@pytest.mark.parametrize("language", NAVIGATION)
def test_home_page_navigation_is_translated(client, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    navigation = _navigation(html)
    for label in NAVIGATION[language]:
        assert f">{label}</a>" in navigation
    for label in ENGLISH_NAVIGATION:
        if label not in NAVIGATION[language]:
            assert f">{label}</a>" not in navigation


def test_english_home_page_keeps_the_english_navigation(client):
    navigation = _navigation(client.get("/en/").content.decode())

    for label in ENGLISH_NAVIGATION:
        assert f">{label}</a>" in navigation


@pytest.mark.parametrize(
    ("count", "language", "heading"),
    [
        (1, "ru", "1 запись"),
        (3, "ru", "3 записи"),
        (5, "ru", "5 записей"),
        (1, "kk", "1 жазба"),
        (5, "kk", "5 жазба"),
        (1, "fr", "1 fiche"),
        (5, "fr", "5 fiches"),
    ],
)
def test_events_list_counts_records_with_the_language_plural_forms(client, count, language, heading):
    for _ in range(count):
        make_event(event_type=Event.Type.CONCERT)

    html = client.get(f"/{language}/events/").content.decode()

    assert f">{heading}</h2>" in html


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ["Іс-шаралар", "Концерт", "Нәтижелерді нақтылау", "Сұрыптау", "Алдымен жаңалары"]),
        ("ru", ["События", "Концерт", "Уточнить результаты", "Сортировка", "Сначала новые"]),
    ],
)
def test_events_list_filters_and_types_are_translated(client, language, words):
    make_event(event_type=Event.Type.CONCERT)

    html = client.get(f"/{language}/events/").content.decode()

    for word in words:
        assert word in html
    for english in ["Refine these results", "Sort by", "Newest first", "Concert ·"]:
        assert english not in html


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ["Басты бет", "Күні", "шамамен 1992 ж.", "Орын", "Қатысушылар", "Көрме"]),
        ("ru", ["Главная", "Дата", "около 1992 г.", "Место", "Участники", "Выставка"]),
        ("fr", ["Accueil", "vers 1992", "Lieu", "Exposition"]),
    ],
)
def test_event_page_labels_types_and_dates_are_translated(client, language, words):
    paris = make_place(name="Paris", parent=make_country())
    event = make_event(
        title="Steppe treasures",
        date="1992~",
        event_type=Event.Type.EXHIBITION,
        place=paris,
        participants=[make_person(name="Aida Balayeva")],
    )

    html = client.get(f"/{language}/events/{event.slug}/").content.decode()

    for word in words:
        assert word in html
    for english in [">Home<", ">Place<", "circa 1992", ">Exhibition<"]:
        assert english not in html


@pytest.mark.parametrize(
    ("language", "decade", "since"),
    [
        ("kk", "1990 жылдар", "2004 жылдан бері"),
        ("ru", "1990-е гг.", "с 2004 г."),
        ("fr", "années 1990", "depuis 2004"),
    ],
)
def test_date_words_are_translated(language, decade, since):
    from archive import dates

    with translation.override(language):
        assert dates.humanize("199X") == decade
        assert dates.humanize("2004/..") == since
