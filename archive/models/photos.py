"""Photographs of events and people."""

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import Dated, Record
from .events import Event
from .people import Person


def photo_upload_to(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"photos/{uuid.uuid4().hex}.{extension}"


class Rights(models.TextChoices):
    IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/", _("In copyright")
    EDUCATIONAL = "http://rightsstatements.org/vocab/InC-EDU/1.0/", _("In copyright – educational use permitted")
    NO_KNOWN = "http://rightsstatements.org/vocab/NKC/1.0/", _("No known copyright")
    UNDETERMINED = "http://rightsstatements.org/vocab/UND/1.0/", _("Copyright undetermined")
    CC_BY = "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"
    CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0"
    CC_BY_NC = "https://creativecommons.org/licenses/by-nc/4.0/", "CC BY-NC 4.0"
    CC0 = "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"
    PUBLIC_DOMAIN = "https://creativecommons.org/publicdomain/mark/1.0/", _("Public domain")


class Photo(Dated, Record):
    """``date`` is when the photograph was taken."""

    title = models.CharField(_("title"), max_length=255)
    image = models.ImageField(
        _("image"), upload_to=photo_upload_to, width_field="width", height_field="height", blank=True, max_length=255
    )
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    caption = models.TextField(_("caption"), blank=True)
    alt_text = models.CharField(
        _("alt text"), max_length=500, blank=True, help_text=_("What the photo shows, for readers who cannot see it.")
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    rights = models.CharField(_("rights"), max_length=100, choices=Rights.choices, default=Rights.UNDETERMINED)
    focal_x = models.FloatField(
        _("focal point x"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("0 (left) to 1 (right); crops keep this point."),
    )
    focal_y = models.FloatField(
        _("focal point y"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("0 (top) to 1 (bottom)."),
    )
    events = models.ManyToManyField(Event, blank=True, related_name="photos", verbose_name=_("events"))
    people = models.ManyToManyField(Person, blank=True, related_name="photos", verbose_name=_("people"))

    class Meta:
        ordering = ["-date_lower", "title"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
