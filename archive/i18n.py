"""Reading translated text together with the language it really came from.

modeltranslation already falls back (``obj.title`` in Kazakh may be Russian
text), but it does not say so. The public pages must: a fallback is shown with
``lang="ru"`` on the element and a small marker, so this module walks the same
fallback order over the per-language columns and reports the language found.
"""

from dataclasses import dataclass

from django.utils.translation import get_language
from modeltranslation.utils import resolution_order


@dataclass(frozen=True)
class Translated:
    text: str
    lang: str
    #: True when the text is not in the page language.
    fallback: bool

    def __str__(self):
        return self.text


def _value(source, column):
    if isinstance(source, dict):
        return source.get(column)
    return getattr(source, column, None)


def translated(source, field, lang=None):
    """The text of ``field`` on a model instance (or a ``values()`` dict) and its real language.

    ``source`` needs the per-language columns (``title_en``, ``title_kk``…). Returns an
    empty Translated in the page language when no language has the text.
    """
    lang = lang or get_language() or "en"
    for code in resolution_order(lang):
        text = _value(source, f"{field}_{code}")
        if text:
            return Translated(str(text), code, code != lang)
    return Translated("", lang, False)


def translated_columns(prefix, field, languages):
    """The ``values()`` names of every language column of a translated field behind ``prefix``."""
    return [f"{prefix}{field}_{code}" for code in languages]
