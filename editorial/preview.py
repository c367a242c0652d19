"""Previews: the public page as it would look with given content, rendered and rolled back.

The record's content is written to the database inside a savepoint and the record is made
public there, so any view that starts from ``published()`` — the real detail views included —
renders it exactly as it would be. The savepoint is rolled back before anything commits,
and other connections never see it.
"""

import contextlib

from django.db import transaction
from django.urls import resolve
from django.utils.cache import add_never_cache_headers, patch_cache_control

from archive.links import record_url
from archive.models import Status

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


def render(request, record, data=None):
    """The preview response of ``record`` with ``data`` applied, private and uncacheable."""
    with published_as(record, data) as obj:
        response = render_detail(request, obj)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
    return private(response)
