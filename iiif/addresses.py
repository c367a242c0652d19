"""Absolute IIIF addresses: on ``DJANGO_SITE_URL`` when set, so a forged Host header cannot change them."""

from django.conf import settings
from django.urls import reverse


def site(request):
    return settings.SITE_URL.rstrip("/") or request.build_absolute_uri("/").rstrip("/")


def absolute(request, path):
    """``path`` on the site (an address that is already absolute, e.g. object storage, is kept)."""
    if path.startswith(("http://", "https://")):
        return path
    return site(request) + path


def manifest_url(request, record):
    name = "iiif:event-manifest" if record._meta.model_name == "event" else "iiif:photo-manifest"
    return absolute(request, reverse(name, kwargs={"slug": record.slug}))


def image_service_url(request, photo):
    return absolute(request, reverse("iiif:image-base", kwargs={"pk": photo.pk}))
