"""Documents: articles, policy papers, speeches, nomination files…"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import Dated, Record
from .events import Event, Program
from .people import Person
from .places import Organization


def document_upload_to(instance, filename):
    """Stored under a random name: the public never learns or guesses storage paths."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"documents/{uuid.uuid4().hex}.{extension}"


class Document(Dated, Record):
    """``date`` is the date of publication or signature."""

    class Type(models.TextChoices):
        ARTICLE = "article", _("Article")
        POLICY = "policy", _("Policy paper")
        SPEECH = "speech", _("Speech")
        NOMINATION = "nomination", _("Nomination file")
        AGREEMENT = "agreement", _("Agreement")
        PRESS_RELEASE = "press_release", _("Press release")
        REPORT = "report", _("Report")
        LAW = "law", _("Law or decree")
        OTHER = "other", _("Other")

    title = models.CharField(_("title"), max_length=500)
    doc_type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.OTHER, db_index=True)
    authors = models.ManyToManyField(Person, blank=True, related_name="authored_documents", verbose_name=_("authors"))
    publisher = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="published_documents",
        verbose_name=_("publisher"),
    )
    language = models.CharField(
        _("language"), max_length=8, blank=True, db_index=True, help_text=_("Language of the original (ISO 639-1).")
    )
    doi = models.CharField(_("DOI"), max_length=255, blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    file = models.FileField(_("file"), upload_to=document_upload_to, blank=True, max_length=255)
    original_filename = models.CharField(max_length=255, blank=True, editable=False)
    file_size = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)
    extracted_text = models.TextField(blank=True, editable=False)

    events = models.ManyToManyField(Event, blank=True, related_name="documents", verbose_name=_("events"))
    people = models.ManyToManyField(Person, blank=True, related_name="documents", verbose_name=_("people"))
    programs = models.ManyToManyField(Program, blank=True, related_name="documents", verbose_name=_("programs"))

    class Meta:
        ordering = ["-date_lower", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
