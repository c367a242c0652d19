"""Serving stored files after checking the record's visibility.

MEDIA_ROOT has no URL: every photo rendition, original and document goes
through these views. The public gets a file only if its record is in
``published()``; staff see everything (with ``private, no-store``). Originals
keep the uploader's metadata (GPS included), so only staff get them.

A stored file never changes under its name (a new upload or rendition gets a new one), so its
name and size make a strong ETag: a cache that asks again with ``If-None-Match`` gets a 304
without the file being opened.
"""

import hashlib
import mimetypes

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from archive.media.images import FORMATS
from archive.media.uploads import DOCUMENT_CONTENT_TYPES
from archive.models import Document, Photo


def _is_staff(user):
    return user.is_active and user.is_staff


def _get_record_for_user(model, user, pk):
    """The record if this user may see it: anyone when published, staff always; else 404."""
    queryset = model.objects.all() if _is_staff(user) else model.objects.published()
    return get_object_or_404(queryset, pk=pk)


def _etag(fieldfile):
    try:
        size = fieldfile.storage.size(fieldfile.name)
    except (FileNotFoundError, OSError):
        raise Http404("The file is missing from storage.") from None
    return '"' + hashlib.sha256(f"{fieldfile.name}\n{size}".encode()).hexdigest()[:32] + '"'


def _cache_headers(response, *, public, etag):
    response["ETag"] = etag
    if public:
        patch_cache_control(response, public=True, max_age=settings.MADENI_FILES_CACHE_SECONDS)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


def serve_file(request, record, fieldfile, *, content_type, filename, as_attachment, sandbox=True, staff_only=False):
    """Stream (or hand out) the file; cached publicly only if anyone may have it, else ``private, no-store``.

    The caller has checked that this user may see ``record``.
    """
    public = not staff_only and record.is_published()
    if public and settings.MADENI_REDIRECT_PUBLISHED_FILES:
        # Object storage hands out the bytes itself, through a short-lived signed URL.
        response = redirect(fieldfile.storage.url(fieldfile.name))
        patch_cache_control(response, private=True, max_age=60)
        return response
    etag = _etag(fieldfile)
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return _cache_headers(not_modified, public=public, etag=etag)
    try:
        fileobj = fieldfile.storage.open(fieldfile.name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404("The file is missing from storage.") from None
    response = FileResponse(fileobj, as_attachment=as_attachment, filename=filename, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    if sandbox:
        # Even a file that slipped through validation can run nothing here.
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return _cache_headers(response, public=public, etag=etag)


@require_safe
def photo_file(request, pk, spec, ext):
    """A rendition (``thumb``, ``medium``, ``large`` as webp or jpg), or the original for staff."""
    photo = _get_record_for_user(Photo, request.user, pk)
    slug = photo.slug or "photo"
    if spec == "original":
        if not _is_staff(request.user) or not photo.image or photo.image.name.rsplit(".", 1)[-1] != ext:
            raise Http404("No such file.")
        content_type = mimetypes.guess_type(f"x.{ext}")[0] or "application/octet-stream"
        return serve_file(
            request,
            photo,
            photo.image,
            content_type=content_type,
            filename=f"{slug}.{ext}",
            as_attachment=True,
            staff_only=True,
        )
    rendition = photo.rendition(spec, ext)
    if rendition is None:
        raise Http404("No such rendition.")
    return serve_file(
        request,
        photo,
        rendition.file,
        content_type=FORMATS[ext][1],
        filename=f"{slug}-{spec}.{ext}",
        as_attachment=False,
    )


@require_safe
def document_file(request, pk, slug, ext):
    """A document's file, named after its slug; the canonical address if the slug changed."""
    document = _get_record_for_user(Document, request.user, pk)
    if not document.file:
        raise Http404("This document has no file.")
    if slug != document.slug or ext != document.file_extension:
        return redirect(document.download_url(), permanent=False)
    kind = "text" if ext == "txt" else "pdf"
    return serve_file(
        request,
        document,
        document.file,
        content_type=DOCUMENT_CONTENT_TYPES[kind],
        filename=document.download_filename(),
        # PDFs open in the browser's viewer (which a sandbox CSP would block); text is saved.
        as_attachment=kind == "text",
        sandbox=kind == "text",
    )
