"""Reading translated text together with the language it really came from.

modeltranslation already falls back (``obj.title`` in Kazakh may be Russian
text), but it does not say so. The public pages must: a fallback is shown with
``lang="ru"`` on the element and a small marker, so this module walks the same
fallback order over the per-language columns and reports the language found.
"""

from dataclasses import dataclass

from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _
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


#: Languages documents are written in, named as a word of the page language ("anglais", «ағылшын тілі»).
LANGUAGE_NAMES = {
    "en": pgettext_lazy("language name", "English"),
    "kk": pgettext_lazy("language name", "Kazakh"),
    "ru": pgettext_lazy("language name", "Russian"),
    "fr": pgettext_lazy("language name", "French"),
    "de": pgettext_lazy("language name", "German"),
    "tr": pgettext_lazy("language name", "Turkish"),
    "zh": pgettext_lazy("language name", "Chinese"),
    "ar": pgettext_lazy("language name", "Arabic"),
    "es": pgettext_lazy("language name", "Spanish"),
    "it": pgettext_lazy("language name", "Italian"),
    "ja": pgettext_lazy("language name", "Japanese"),
    "ko": pgettext_lazy("language name", "Korean"),
    "uz": pgettext_lazy("language name", "Uzbek"),
    "ky": pgettext_lazy("language name", "Kyrgyz"),
    "tg": pgettext_lazy("language name", "Tajik"),
    "tk": pgettext_lazy("language name", "Turkmen"),
    "az": pgettext_lazy("language name", "Azerbaijani"),
    "mn": pgettext_lazy("language name", "Mongolian"),
    "fa": pgettext_lazy("language name", "Persian"),
    "uk": pgettext_lazy("language name", "Ukrainian"),
    "pl": pgettext_lazy("language name", "Polish"),
    "tt": pgettext_lazy("language name", "Tatar"),
    "ug": pgettext_lazy("language name", "Uyghur"),
}

#: "Shown in English": the marker of a text that falls back to another of the site's languages.
IN_LANGUAGE = {
    "en": _("in English"),
    "kk": _("in Kazakh"),
    "ru": _("in Russian"),
    "fr": _("in French"),
}


def language_name(code):
    """The name of a language (an ISO 639-1 code) in the page language, capitalised as a label.

    ``language_name("en")`` is "English", «Ағылшын тілі», «Английский», « Anglais ». A code
    Django knows but this list does not gets Django's name; an unknown code is shown as typed.
    """
    code = (code or "").strip().lower()
    base = code.split("-")[0]
    if base in LANGUAGE_NAMES:
        return capfirst(str(LANGUAGE_NAMES[base]))
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def in_language(code):
    """«на английском», "en anglais": which language a fallback text is shown in."""
    if code in IN_LANGUAGE:
        return str(IN_LANGUAGE[code])
    return language_name(code)
