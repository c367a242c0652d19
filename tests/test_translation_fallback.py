"""A missing translation falls back visibly: the text in its own language, marked, never empty."""

from django.utils import translation

from archive.i18n import translated
from tests.factories import make_event


def test_text_in_the_page_language_is_shown_unmarked(client, db):
    make_event(title_en="Gala", title_kk="Гала-концерт", slug="gala")
    body = client.get("/kk/events/gala/").content.decode()
    assert "<h1>Гала-концерт</h1>" in body


def test_missing_kazakh_falls_back_to_russian_marked_with_its_language(client, db):
    make_event(title_en="Gala", title_ru="Гала-концерт", summary_ru="Вечер казахской музыки.", slug="gala")
    body = client.get("/kk/events/gala/").content.decode()
    assert '<h1><span lang="ru">Гала-концерт</span> <small class="fallback"' in body
    assert "(орыс тілінде)</small>" in body
    assert '<div lang="ru" class="fallback-text">' in body
    assert "Вечер казахской музыки." in body


def test_missing_russian_falls_back_to_english_marked_in_lists_too(client, db):
    make_event(title_en="Gala", slug="gala")
    body = client.get("/ru/events/").content.decode()
    assert '<a href="/ru/events/gala/"><span lang="en">Gala</span> <small class="fallback"' in body
    assert "(на английском)</small>" in body


def test_fallback_follows_the_order_in_settings(db):
    event = make_event(title_en="Gala", title_ru="Гала", title_fr="")
    with translation.override("kk"):
        assert (translated(event, "title").text, translated(event, "title").lang) == ("Гала", "ru")
    with translation.override("fr"):
        result = translated(event, "title")
        assert (result.text, result.lang, result.fallback) == ("Gala", "en", True)
    with translation.override("en"):
        assert not translated(event, "title").fallback
