"""Persistent record URIs.

A record's URI is ``{DJANGO_SITE_URL}/id/<type>/<pk>``: the same in every language, whatever
the request's host, and unchanged when a slug is edited. ``/id/…`` redirects to the record's page.
JSON-LD ``@id`` and Atom entry ids use it. External identifiers are in ``archive.external_ids``.
"""

from django.conf import settings

from archive import record_types

#: Used when DJANGO_SITE_URL is unset (development): a URI must not follow the request's host.
FALLBACK_BASE = "http://madeni.local"


def uri_base():
    return (settings.SITE_URL or "").rstrip("/") or FALLBACK_BASE


def uri(record):
    """The persistent, language-independent URI of ``record``; ``<type>`` is the name of its record type."""
    return f"{uri_base()}/id/{record_types.of(record).name}/{record.pk}"


def absolute(request, path):
    """``path`` as an absolute address: on DJANGO_SITE_URL when set, else on the request's host."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/") + path
    return request.build_absolute_uri(path)
