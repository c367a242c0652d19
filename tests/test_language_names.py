"""Languages are named in words of the page language, never shown as codes."""

import pytest
from django.utils import translation

from archive.i18n import language_name
from tests.factories import make_document, make_event, make_theme

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "english", "turkish"),
    [
        ("en", "English", "Turkish"),
        ("kk", "Ағылшын тілі", "Түрік тілі"),
        ("ru", "Английский", "Турецкий"),
        ("fr", "Anglais", "Turc"),
    ],
)
def test_the_language_of_the_original_is_named_on_the_page_and_the_card(client, language, english, turkish):
    article = make_document(title="Soft power in Central Asia", language="en")
    make_document(title="Türk dünyası", language="tr")

    page = client.get(f"/{language}/documents/{article.slug}/").content.decode()
    listing = client.get(f"/{language}/documents/").content.decode()

    assert f"<dd>{english}</dd>" in page
    assert f'<span class="language">{english}</span>' in listing
    assert f'<span class="language">{turkish}</span>' in listing
    assert ">EN<" not in page + listing


def test_a_code_no_one_knows_is_shown_as_typed():
    with translation.override("ru"):
        assert language_name("xx") == "xx"
        assert language_name("EN") == "Английский"


@pytest.mark.parametrize(
    ("language", "marker"),
    [("fr", "(en anglais)"), ("kk", "(ағылшын тілінде)"), ("ru", "(на английском)")],
)
def test_a_theme_shown_in_another_language_says_which_in_words(client, language, marker):
    event = make_event(title="Workshop", themes=[make_theme(name_en="Training and crafts")])

    page = client.get(f"/{language}/events/{event.slug}/").content.decode()

    assert '<span lang="en">Training and crafts</span> <small class="fallback"' in page
    assert f"{marker}</small>" in page
    assert ">EN<" not in page
