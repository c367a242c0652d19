"""OAI identifiers: ``oai:<repository>:<type>/<pk>``, the same whatever the request's host or language."""

import re
from urllib.parse import urlsplit

from django.conf import settings

from archive import record_types

# The oai-identifier scheme's repositoryIdentifier: a domain name.
DOMAIN = re.compile(r"[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+")
FALLBACK_REPOSITORY = "madeni.local"


def repository_id():
    """``MADENI_OAI_REPOSITORY_ID``, else the host of ``DJANGO_SITE_URL`` when it is a domain name."""
    configured = getattr(settings, "MADENI_OAI_REPOSITORY_ID", "")
    if configured:
        return configured
    host = urlsplit(settings.SITE_URL or "").hostname or ""
    return host if DOMAIN.fullmatch(host) else FALLBACK_REPOSITORY


def identifier(type_name, pk):
    """``type_name`` is the name of a record type (``event``, ``person``…), as in set specs."""
    return f"oai:{repository_id()}:{type_name}/{pk}"


def for_record(record):
    return identifier(record_types.of(record).name, record.pk)


def parse(value):
    """``(model, pk)`` of an identifier of this repository, or ``None``."""
    prefix = f"oai:{repository_id()}:"
    if not value.startswith(prefix):
        return None
    type_name, _slash, pk = value[len(prefix) :].partition("/")
    record_type = record_types.by_name(type_name)
    if record_type is None or not re.fullmatch(r"[1-9][0-9]{0,18}", pk):
        return None
    return record_type.model, int(pk)
