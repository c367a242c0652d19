"""Conditional GET for the feed and the sitemaps: an ETag and Last-Modified from the last public change.

"The last public change" is OAI-PMH's (``oai.records.last_change``): the latest save, go-live,
expiry, withdrawal or deletion of anything the public may see. A draft saved or deleted
changes nothing here, so harvesters and caches asking again get a 304 without the answer
being built. With the page cache on (``ops.pagecache``) the stored page keeps this ETag,
and the cache's own conditional answers use it.
"""

import hashlib

from django.utils import timezone
from django.views.decorators.http import condition

#: Part of every ETag: bump it when the output changes for the same data.
OUTPUT_VERSION = "1"


def _last_change(request):
    if not hasattr(request, "_madeni_last_public_change"):
        from oai.records import last_change

        request._madeni_last_public_change = last_change(timezone.now())
    return request._madeni_last_public_change


def _etag(request, *args, **kwargs):
    """Changes with the address (host, language, page) and with the last public change."""
    last = _last_change(request)
    parts = [OUTPUT_VERSION, request.build_absolute_uri(), last.isoformat() if last else "-"]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def _last_modified(request, *args, **kwargs):
    return _last_change(request)


#: Decorates a view whose answer depends only on what the public may see and on its address.
on_public_changes = condition(etag_func=_etag, last_modified_func=_last_modified)
