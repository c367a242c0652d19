"""Previews: the public page as it would look with given content, rendered and rolled back.

The record's content is written to the database inside a savepoint and the record is made
public there, so any view that starts from ``published()`` — the real detail views included —
renders it exactly as it would be. The savepoint is rolled back before anything commits,
and other connections never see it.

A preview is shown in any of the site's languages (``?lang=kk``): its language links keep to
the preview, and a banner says it is a draft, with a link back to the form. Staff previews
also show the draft photos and documents linked to the record (made public in the same
savepoint, so never on a public page).
"""

import contextlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.urls import resolve
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control

from archive.links import record_url
from archive.models import Document, Photo, Status
from ops import pagecache

from . import content as record_content

#: Linked records a staff preview shows even while they are drafts.
DRAFT_MEDIA = (Photo, Document)


def linked_media(obj):
    """Querysets of the draft photos and documents linked to ``obj``, from either side."""
    found = []
    for media in DRAFT_MEDIA:
        if isinstance(obj, media):
            continue
        query = Q()
        for field in media._meta.get_fields():
            if field.concrete and (field.many_to_many or field.many_to_one) and field.related_model is type(obj):
                query |= Q(**{field.name: obj.pk})
        for field in type(obj)._meta.concrete_fields:
            if field.many_to_one and field.related_model is media and getattr(obj, field.attname) is not None:
                query |= Q(pk=getattr(obj, field.attname))
        if not query:
            continue
        queryset = media._base_manager.filter(query, status__in=[Status.DRAFT, Status.IN_REVIEW])
        if media is Photo:
            queryset = queryset.exclude(image="")  # a photo without its image cannot be shown
        found.append(queryset)
    return found


@contextlib.contextmanager
def published_as(record, data=None, *, draft_media=False):
    """Inside the block, ``record`` is public in this transaction with ``data`` (serialized content).

    With ``draft_media``, the draft photos and documents linked to it are public there too.
    """
    model = type(record)
    public = {"status": Status.PUBLISHED, "go_live_at": None, "expire_at": None}
    with transaction.atomic():
        savepoint = transaction.savepoint()
        try:
            obj = model._base_manager.get(pk=record.pk)
            if data is not None:
                record_content.apply(obj, data, save=False)
            model._base_manager.filter(pk=obj.pk).update(**public)
            if draft_media:
                for queryset in linked_media(obj):
                    queryset.model._base_manager.filter(pk__in=list(queryset.values_list("pk", flat=True))).update(
                        **public
                    )
            yield model._base_manager.get(pk=obj.pk)
        finally:
            transaction.savepoint_rollback(savepoint)


def language(request):
    """The language asked for with ``?lang=`` (else the current one); 404 for one the site lacks."""
    code = request.GET.get("lang") or translation.get_language() or settings.LANGUAGE_CODE
    if code not in dict(settings.LANGUAGES):
        raise Http404
    return code


def mark(request, *, back_url=None):
    """Tell the page templates they render a preview: banner, link back, language links that stay here."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        query = request.GET.copy()
        query["lang"] = code
        urls[code] = f"{request.path}?{query.urlencode()}"
    request.editorial_preview = {"back_url": back_url, "language_urls": urls}


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


def render(request, record, data=None, *, reuse_key=None, back_url=None, draft_media=False):
    """The preview response of ``record`` with ``data`` applied, private and uncacheable.

    In the language of ``?lang=`` (404 for an unknown one), with the preview banner (and a link
    to ``back_url``). With ``reuse_key`` (a share link's), a rendering stays in the server's cache
    while nothing public changes (``ops.pagecache.version``), so many people opening one link at
    once cost one rendering: a request that waited for the writer's lock finds the page made meanwhile.
    """
    code = language(request)
    mark(request, back_url=back_url)
    with translation.override(code):
        request.LANGUAGE_CODE = code
        return _render(request, record, data, reuse_key=reuse_key, draft_media=draft_media)


def _render(request, record, data, *, reuse_key, draft_media):
    key = f"preview:{reuse_key}:{request.LANGUAGE_CODE}:{pagecache.version()}" if reuse_key else None
    response = cache.get(key) if key else None
    if response is None:
        with published_as(record, data, draft_media=draft_media) as obj:
            response = cache.get(key) if key else None  # made while this request waited for the lock
            if response is None:
                response = render_detail(request, obj)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                if key and response.status_code == 200:
                    cache.set(key, response, 300)
    return private(response)
