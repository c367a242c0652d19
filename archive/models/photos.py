"""Photographs of events and people."""

import re
import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .base import Dated, Record, RecordQuerySet
from .events import Event
from .people import Person


def photo_upload_to(instance, filename):
    """Stored under a random name: the public never learns or guesses storage paths."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if not re.fullmatch(r"[a-z0-9]{1,5}", extension):
        extension = "bin"
    return f"photos/{uuid.uuid4().hex}.{extension}"


class PhotoQuerySet(RecordQuerySet):
    def with_renditions(self):
        """Renditions in one query for the whole list (``photo.srcset`` and the picture include use them)."""
        return self.prefetch_related("renditions")


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

    objects = PhotoQuerySet.as_manager()

    #: What renditions were made from: (image name, focal x, focal y) as last saved.
    _stored_source = ("", None, None)
    #: Set on a save that will be rolled back (a live record's pending edit): make no renditions.
    keep_renditions = False

    class Meta(Record.Meta):
        ordering = ["-date_lower", "title"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_source = instance._rendition_source()
        return instance

    def _rendition_source(self):
        if {"image", "focal_x", "focal_y"} & self.get_deferred_fields():
            return None  # not loaded: unknown, so never taken for a change
        return (self.image.name or "", self.focal_x, self.focal_y)

    def save(self, *args, **kwargs):
        from archive.media import images
        from ops import tasks

        image_pending = bool(self.image) and not self.image._committed
        super().save(*args, **kwargs)
        before, now = self._stored_source, self._rendition_source()
        changed = image_pending or (before is not None and now is not None and before != now)
        if changed and not self.keep_renditions:
            tasks.defer(images.renditions_job, self.pk, now)
            for cached in ("_renditions", "_pictures"):
                self.__dict__.pop(cached, None)
            getattr(self, "_prefetched_objects_cache", {}).pop("renditions", None)
        self._stored_source = now

    def publish_problems(self):
        """What stops this photo from being published, as messages for editors (empty when ready)."""
        problems = []
        if not self.image:
            problems.append(gettext("Upload an image before publishing the photo."))
        if not (self.alt_text_en or "").strip():
            problems.append(
                gettext(
                    "Write the alt text (in English at least) before publishing: "
                    "it is what readers who cannot see the photo are given."
                )
            )
        return problems

    def _renditions_by_key(self):
        """Renditions by (spec, format): prefetched ones (``with_renditions()``), else one query per instance."""
        if "renditions" in getattr(self, "_prefetched_objects_cache", {}):
            renditions = self.renditions.all()
        else:
            if "_renditions" not in self.__dict__:
                self.__dict__["_renditions"] = list(self.renditions.all())
            renditions = self.__dict__["_renditions"]
        return {(r.spec, r.format): r for r in renditions}

    def rendition(self, spec, fmt="jpg"):
        return self._renditions_by_key().get((spec, fmt))

    def largest_rendition(self):
        """The biggest JPEG rendition (for the full-size view and zoom), or None."""
        jpegs = [rendition for (_spec, fmt), rendition in self._renditions_by_key().items() if fmt == "jpg"]
        return max(jpegs, key=lambda rendition: rendition.width, default=None)

    def rendition_url(self, spec, fmt="jpg"):
        """The public address of one rendition ('' if there is none)."""
        rendition = self.rendition(spec, fmt)
        return rendition.url() if rendition else ""

    def srcset(self, family="fit", fmt="jpg"):
        """``srcset`` of a family of specs (see ``archive.media.images.FAMILIES``), smallest first."""
        from archive.media.images import FAMILIES

        by_key = self._renditions_by_key()
        found = [by_key[(spec, fmt)] for spec in FAMILIES[family] if (spec, fmt) in by_key]
        seen, parts = set(), []
        for rendition in sorted(found, key=lambda r: r.width):
            if rendition.width not in seen:  # a small original makes medium and large alike
                seen.add(rendition.width)
                parts.append(f"{rendition.url()} {rendition.width}w")
        return ", ".join(parts)

    def renditions_for_template(self):
        """Per family: ``src``, ``width``, ``height``, ``jpeg_srcset``, ``webp_srcset`` for ``<picture>`` (or None)."""
        from archive.media.images import FAMILIES

        if "_pictures" in self.__dict__:
            return self.__dict__["_pictures"]
        by_key = self._renditions_by_key()
        pictures = self.__dict__["_pictures"] = {}
        for family, specs in FAMILIES.items():
            fallback = by_key.get((specs[0], "jpg"))
            if fallback is None:
                pictures[family] = None
                continue
            pictures[family] = {
                "src": fallback.url(),
                "width": fallback.width,
                "height": fallback.height,
                "jpeg_srcset": self.srcset(family, "jpg"),
                "webp_srcset": self.srcset(family, "webp"),
            }
        return pictures

    def full_size_rendition(self):
        """The largest JPEG of the whole picture the public may have (None without renditions)."""
        from archive.media.images import FAMILIES

        found = [self.rendition(spec, "jpg") for spec in FAMILIES["fit"]]
        return max((rendition for rendition in found if rendition), key=lambda r: r.width, default=None)

    def original_url(self):
        """Staff-only address of the file as uploaded (it keeps its metadata)."""
        if not self.image or self.pk is None:
            return ""
        extension = self.image.name.rsplit(".", 1)[-1]
        return reverse("files:photo", kwargs={"pk": self.pk, "spec": "original", "ext": extension})
