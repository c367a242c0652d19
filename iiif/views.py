"""IIIF endpoints: manifests, image information and images, for published records only.

Everything answers any origin (``Access-Control-Allow-Origin: *``) so viewers on other sites
(Mirador, Universal Viewer) can open it; manifests and ``info.json`` carry an ETag and answer
304, images are the renditions' files (served by ``archive.media.views`` with theirs).
"""

import functools

from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import conditional_page, require_safe

from archive.media.views import serve_file
from archive.models import Event, Photo

from . import addresses, image, presentation


def cors(view):
    """Any origin may read the answer (and its 404); a preflight gets the methods allowed."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Accept"
            response["Access-Control-Max-Age"] = "86400"
        else:
            try:
                response = view(request, *args, **kwargs)
            except Http404:
                response = HttpResponseNotFound("Not found.", content_type="text/plain; charset=utf-8")
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def _ld_json(data, media_type):
    return JsonResponse(data, content_type=media_type, json_dumps_params={"ensure_ascii": False})


def _published_photo(pk):
    return get_object_or_404(Photo.objects.published().with_renditions(), pk=pk)


@cors
@require_safe
@conditional_page
def photo_manifest(request, slug):
    photo = get_object_or_404(Photo.objects.published().with_renditions(), slug=slug)
    manifest = presentation.photo_manifest(request, photo)
    if manifest is None:
        raise Http404("This photo has no images yet.")
    return _ld_json(manifest, presentation.MEDIA_TYPE)


@cors
@require_safe
@conditional_page
def event_manifest(request, slug):
    """Only published photos become canvases; an event without any has no manifest."""
    event = get_object_or_404(Event.objects.published(), slug=slug)
    photos = event.photos.published().with_renditions().order_by("date_lower", "pk")
    manifest = presentation.event_manifest(request, event, photos)
    if manifest is None:
        raise Http404("This event has no published photos.")
    return _ld_json(manifest, presentation.MEDIA_TYPE)


@cors
@require_safe
def image_base(request, pk):
    """The service's own address leads to its information document (303, as the API recommends)."""
    response = HttpResponse(status=303)
    response["Location"] = reverse("iiif:image-info", kwargs={"pk": pk})
    return response


@cors
@require_safe
@conditional_page
def image_info(request, pk):
    photo = _published_photo(pk)
    renditions = image.scaled(photo)
    if not renditions:
        raise Http404("This photo has no images yet.")
    document = image.info(
        photo, renditions, addresses.image_service_url(request, photo), rights=presentation.rights_uri(photo)
    )
    return _ld_json(document, image.MEDIA_TYPE)


@cors
@require_safe
def image_file(request, pk, region, size, rotation, quality):
    """Level 0: the full region, unrotated, in default quality, at one of the sizes ``info.json`` lists."""
    if region != "full" or rotation != "0" or quality != "default.jpg":
        return HttpResponseBadRequest(
            "Only full/{size}/0/default.jpg is offered.", content_type="text/plain; charset=utf-8"
        )
    photo = _published_photo(pk)
    rendition = image.find(image.scaled(photo), size)
    if rendition is None:
        return HttpResponseBadRequest(
            "Only max and the sizes listed in info.json are offered.", content_type="text/plain; charset=utf-8"
        )
    return serve_file(
        request,
        photo,
        rendition.file,
        content_type="image/jpeg",
        filename=f"{photo.slug or 'photo'}-{rendition.width}.jpg",
        as_attachment=False,
    )
