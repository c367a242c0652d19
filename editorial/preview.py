"""Previews: the public page as it would look with given content, rendered and rolled back.

The record's content is written to the database inside a savepoint and the record is made
public there, so any view that starts from ``published()`` — the real detail views included —
renders it exactly as it would be. The savepoint is rolled back before anything commits,
and other connections never see it.
"""

import contextlib

from django.core.cache import cache
from django.db import transaction
from django.urls import resolve
from django.utils.cache import add_never_cache_headers, patch_cache_control

from archive.links import record_url
from archive.models import Status
from ops import pagecache

from . import content as record_content


@contextlib.contextmanager
def published_as(record, data=None):
    """Inside the block, ``record`` is public in this transaction with ``data`` (serialized content)."""
    model = type(record)
    with transaction.atomic():
        savepoint = transaction.savepoint()
        try:
            obj = model._base_manager.get(pk=record.pk)
            if data is not None:
                record_content.apply(obj, data, save=False)
            model._base_manager.filter(pk=obj.pk).update(status=Status.PUBLISHED, go_live_at=None, expire_at=None)
            yield model._base_manager.get(pk=obj.pk)
        finally:
            transaction.savepoint_rollback(savepoint)


def render_detail(request, obj):
    """The public detail page of ``obj``, rendered by the same view the public gets."""
    match = resolve(record_url(obj))
    return match.func(request, *match.args, **match.kwargs)


def private(response):
    """Previews are never cached by anyone and never indexed."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def render(request, record, data=None, *, reuse_key=None):
    """The preview response of ``record`` with ``data`` applied, private and uncacheable.

    With ``reuse_key`` (a share link's), a rendering stays in the server's cache while nothing
    public changes (``ops.pagecache.version``), so many people opening one link at once cost one
    rendering: a request that waited for the writer's lock finds the page made meanwhile.
    """
    key = f"preview:{reuse_key}:{request.LANGUAGE_CODE}:{pagecache.version()}" if reuse_key else None
    response = cache.get(key) if key else None
    if response is None:
        with published_as(record, data) as obj:
            response = cache.get(key) if key else None  # made while this request waited for the lock
            if response is None:
                response = render_detail(request, obj)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                if key and response.status_code == 200:
                    cache.set(key, response, 300)
    return private(response)
