"""Every word of the interface on a record page is in the page language (issue 12).

The demo archive's record pages are read in Kazakh, Russian and French; no piece of text
may be an English interface string that has a translation, or an English label such as
"Source:". Text shown in another language is marked with ``lang`` and is left out.
"""

import re
from html.parser import HTMLParser

import pytest
from django.utils import translation

from archive.links import record_url
from archive.models import Document, Event, Organization, Person, Photo, Place, Program, Theme
from tests.po_catalogs import messages

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_archive")]

LANGUAGES = ("kk", "ru", "fr")
MODELS = (Event, Person, Document, Program, Organization, Place, Photo)
#: English labels that data, not the catalogs, could bring in.
ENGLISH_LABELS = ("Source:", "Language of the original", "born ", "since ", "circa ")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _PageText(HTMLParser):
    """The text pieces of a page's body in the page language (not in ``<script>`` or another ``lang``)."""

    def __init__(self, language):
        super().__init__()
        self.language = language
        self.stack = []  # (tag, skipped) of open elements
        self.pieces = []

    def _skipping(self):
        return any(skipped for _tag, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        lang = dict(attrs).get("lang")
        self.stack.append((tag, tag in ("script", "style", "head") or bool(lang and lang != self.language)))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _skipped = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        text = data.strip()
        if text and not self._skipping():
            self.pieces.append(text)


def _english_ui_strings(language):
    """Interface strings whose translation differs from the English."""
    return {
        entry.msgid
        for entry in messages(language)
        if entry.msgid_plural is None
        and re.search(r"[A-Za-z]{3}", entry.msgid)
        and "%" not in entry.msgid
        and entry.translations[0].lower() != entry.msgid.lower()
    }


def _pages(language):
    with translation.override(language):
        return [record_url(record) for model in MODELS for record in model.objects.published()[:4]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_record_pages_show_no_english_interface_words(client, language):
    english = _english_ui_strings(language)
    problems = []
    for url in _pages(language):
        response = client.get(url)
        assert response.status_code == 200, url
        parser = _PageText(language)
        parser.feed(response.content.decode())
        for piece in parser.pieces:
            if piece.rstrip(":").strip() in english or any(label in piece for label in ENGLISH_LABELS):
                problems.append(f"{url}: {piece!r}")
    assert not problems, "\n".join(problems)


def test_demo_themes_have_french_names_but_the_one_left_to_fall_back():
    untranslated = Theme.objects.exclude(name_fr__gt="").values_list("slug", flat=True)
    assert list(untranslated) == ["soft-power"]
