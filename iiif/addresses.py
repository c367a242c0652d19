"""Absolute IIIF addresses: on ``DJANGO_SITE_URL`` when set, so a forged Host header cannot change them."""

from django.conf import settings
from django.urls import reverse

from archive import record_types


def site(request):
    return settings.SITE_URL.rstrip("/") or request.build_absolute_uri("/").rstrip("/")


def absolute(request, path):
    """``path`` on the site (an address that is already absolute, e.g. object storage, is kept)."""
    if path.startswith(("http://", "https://")):
        return path
    return site(request) + path


def manifest_url(request, record):
    """The manifest of a record whose type has one (``iiif_manifest`` in ``archive.record_types``)."""
    return absolute(request, reverse(f"iiif:{record_types.of(record).name}-manifest", kwargs={"slug": record.slug}))


def image_service_url(request, photo):
    return absolute(request, reverse("iiif:image-base", kwargs={"pk": photo.pk}))
