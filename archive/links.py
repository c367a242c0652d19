"""Where each kind of record lives on the public site: ``/<lang>/<segment>/<slug>/``.

The models keep no URLs of their own; everything that links to a record goes through here,
with the segments of ``archive.record_types``.
"""

from django.urls import reverse

from archive import record_types
from archive.models import Event


def record_url(record, lang=None):
    """The public address of a record in the active language (or ``lang``)."""
    from django.utils import translation

    url_name = record_types.of(record).detail_url_name
    if lang is None:
        return reverse(url_name, kwargs={"slug": record.slug})
    with translation.override(lang):
        return reverse(url_name, kwargs={"slug": record.slug})


def theme_url(record, theme):
    """The list of records of ``record``'s type on ``theme`` (events, for types whose list has no theme filter)."""
    from django.utils.http import urlencode

    record_type = record_types.of(record)
    if "theme" not in record_type.filterset_class.base_filters:
        record_type = record_types.of(Event)
    return f"{reverse(record_type.list_url_name)}?{urlencode({'theme': theme.slug})}"
