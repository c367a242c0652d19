"""Documents: articles, policy papers, speeches, nomination files…"""

import re
import uuid

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .base import Dated, Record
from .events import Event, Program
from .people import Person
from .photos import Rights
from .places import Organization


def document_upload_to(instance, filename):
    """Stored under a random name: the public never learns or guesses storage paths."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if not re.fullmatch(r"[a-z0-9]{1,5}", extension):
        extension = "bin"
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
        on_delete=models.PROTECT,
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
    rights = models.CharField(_("rights"), max_length=100, choices=Rights.choices, default=Rights.UNDETERMINED)
    original_filename = models.CharField(max_length=255, blank=True, editable=False)
    file_size = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)
    extracted_text = models.TextField(blank=True, editable=False)

    class TextStatus(models.TextChoices):  # how reading the file's text ended (archive.media.documents)
        EXTRACTED = "extracted", _("Extracted")
        TIMEOUT = "time", _("Gave up: it took too long")
        MEMORY = "memory", _("Gave up: it needed too much memory")
        UNREADABLE = "unreadable", _("Unreadable")
        PENDING = "pending", _("Waiting for a worker to read it")

    text_status = models.CharField(
        _("text for search"), max_length=12, choices=TextStatus.choices, blank=True, editable=False
    )

    events = models.ManyToManyField(Event, blank=True, related_name="documents", verbose_name=_("events"))
    people = models.ManyToManyField(Person, blank=True, related_name="documents", verbose_name=_("people"))
    programs = models.ManyToManyField(Program, blank=True, related_name="documents", verbose_name=_("programs"))

    #: The stored file's name as last saved ("" for a new document).
    _stored_file_name = ""

    class Meta(Record.Meta):
        ordering = ["-date_lower", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_file_name = None if "file" in instance.get_deferred_fields() else instance.file.name or ""
        return instance

    def save(self, *args, **kwargs):
        from archive.media import documents, uploads
        from ops import tasks

        read_later = False
        if self.file and not self.file._committed:
            # A new upload: remember its (sanitised) name and size; its pages and text are read
            # now, before it is stored, or by a worker once it is (``documents.read_stored_text``).
            extension = self.file_extension
            self.original_filename = uploads.safe_filename(self.file.name, extension)
            self.file_size = self.file.size
            if tasks.queued():
                self.extracted_text, self.page_count, self.text_status = "", None, self.TextStatus.PENDING
                read_later = True
            else:
                extracted = documents.extract(self.file.file, self.text_kind)
                self.extracted_text, self.page_count = extracted.text, extracted.page_count
                self.text_status = extracted.status
        elif not self.file and self._stored_file_name:  # the file was removed
            self.original_filename, self.file_size, self.page_count, self.extracted_text = "", None, None, ""
            self.text_status = ""
        super().save(*args, **kwargs)
        # A replaced file stays in storage: revisions may name it (see ``prune_media``).
        self._stored_file_name = self.file.name or ""
        if read_later:
            tasks.defer(documents.read_stored_text, self.pk, self.file.name)

    @property
    def text_kind(self):
        """How ``documents.extract`` reads the file: as plain text or as a PDF."""
        return "text" if self.file_extension == "txt" else "pdf"

    @property
    def file_extension(self):
        name = self.file.name or ""
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""

    def download_filename(self):
        """What a download is saved as: the slug, not the storage name."""
        return f"{self.slug or 'document'}.{self.file_extension or 'bin'}"

    def download_url(self):
        """The address that checks visibility before serving the file ('' without a file)."""
        if not self.file or self.pk is None:
            return ""
        return reverse(
            "files:document",
            kwargs={"pk": self.pk, "slug": self.slug or "document", "ext": self.file_extension or "bin"},
        )
