"""Template helpers of the public archive: translated text with its language, links, JSON-LD."""

import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from archive.i18n import Translated, in_language, language_name, translated
from archive.links import record_url as _record_url
from archive.record_types import RECORD_TYPES

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _render(value):
    if not isinstance(value, Translated):
        return format_html("{}", value)
    if not value.fallback:
        return format_html("{}", value.text)
    return format_html(
        '<span lang="{}">{}</span> <small class="fallback" title="{}">({})</small>',
        value.lang,
        value.text,
        _("Not yet translated; shown in %(language)s") % {"language": language_name(value.lang)},
        in_language(value.lang),
    )


@register.simple_tag
def tr(record, field, words=None):
    """A translated field of a record: the page language, or a visible fallback with ``lang``.

    ``{% tr event "title" %}`` renders "Days of Culture", or, when the page is in Kazakh and
    only Russian exists, ``<span lang="ru">Дни культуры</span> <small …>(орыс тілінде)</small>``.
    """
    value = translated(record, field)
    if words:
        value = Translated(Truncator(value.text).words(int(words)), value.lang, value.fallback)
    return _render(value)


@register.simple_tag
def tr_block(record, field):
    """A long translated text (summary, body) as paragraphs, in a ``lang`` wrapper when it is a fallback."""
    value = translated(record, field)
    if not value.text:
        return ""
    paragraphs = [p.strip() for p in value.text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    inner = mark_safe("".join(format_html("<p>{}</p>", p) for p in paragraphs))  # noqa: S308 - each part escaped
    if not value.fallback:
        return inner
    return format_html(
        '<div lang="{}" class="fallback-text"><p class="fallback-note">{}</p>{}</div>',
        value.lang,
        _("Not yet translated; shown in %(language)s.") % {"language": language_name(value.lang)},
        inner,
    )


# A document's language code as its name in the page language: "en" → "English", «Английский».
register.filter("language_name", language_name)


#: OpenGraph locales are language_TERRITORY: the territory where each site language is chiefly read.
OG_LOCALES = {"en": "en_US", "kk": "kk_KZ", "ru": "ru_RU", "fr": "fr_FR"}


@register.filter
def og_locale(language_code):
    """A language code as an ``og:locale``: "kk" → "kk_KZ"."""
    return OG_LOCALES.get(language_code, (language_code or "").replace("-", "_"))


@register.filter
def lang_text(value):
    """Render a facet or chip label (a Translated or a plain string), escaped."""
    return _render(value)


@register.simple_tag
def record_url(record):
    return _record_url(record)


@register.simple_tag
def record_types():
    """``{% record_types as types %}``: every record type, in menu order (``archive.record_types``)."""
    return RECORD_TYPES


@register.filter
def jsonld(data):
    """A dict as the body of a ``<script type="application/ld+json">``, safe against ``</script>``."""
    return mark_safe(json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_ESCAPES))  # noqa: S308


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every language: [{"code", "name", "url", "absolute_url", "current"}]."""
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    full_path = request.get_full_path()
    # An editorial preview stays a preview in every language (editorial.preview.mark).
    preview_urls = getattr(request, "editorial_preview", {}).get("language_urls")
    links = []
    for code, _name in settings.LANGUAGES:
        url = preview_urls[code] if preview_urls else translate_url(full_path, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url if preview_urls else translate_url(request.path, code)),
                "current": code == current,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address without filters; lists keep their page number."""
    request = context.get("request")
    if request is None:
        return ""
    url = request.build_absolute_uri(request.path)
    page = request.GET.get("page", "")
    if page.isdigit() and page != "1" and len(page) < 7:
        url += f"?page={page}"
    return url


@register.simple_tag(takes_context=True)
def absolute(context, url):
    """An absolute URL for OpenGraph and feeds (already absolute URLs, e.g. from S3, are kept)."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def x_default_url(context):
    """The page without its language prefix: it sends each reader to their own language."""
    request = context.get("request")
    if request is None:
        return ""
    prefix = f"/{get_language()}/"
    path = request.path
    return request.build_absolute_uri("/" + path[len(prefix) :] if path.startswith(prefix) else path)


@register.simple_tag
def theme_url(record, theme):
    """``{% theme_url record theme %}``: the list of records like ``record`` filtered by ``theme``."""
    from archive.links import theme_url as _theme_url

    return _theme_url(record, theme)
