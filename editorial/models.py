"""Editorial bookkeeping kept beside the archive's records.

A record row is always the version the public may see (once published). Everything else
lives here: the working state of its review, every revision of its content, the audit log
and the preview links handed out to people without an account.
"""

import hashlib
import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    """Where the working copy of a record stands (the row's ``status`` says what is live)."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class RecordRefQuerySet(models.QuerySet):
    def for_record(self, record):
        return self.filter(content_type=ContentType.objects.get_for_model(record), object_id=record.pk)


class RecordRef(models.Model):
    """Points at one archive record of any kind."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")

    objects = RecordRefQuerySet.as_manager()

    class Meta:
        abstract = True


class ReviewState(RecordRef):
    """The review of one record's working copy: stage, assignment, last send-back note."""

    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices, default=Stage.DRAFT, db_index=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    due = models.DateField(_("due"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    note = models.TextField(_("note for the author"), blank=True)
    note_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="unique_review_state")]
        verbose_name = _("review queue")
        verbose_name_plural = _("review queue")

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.stage}"

    def is_overdue(self, *, today=None):
        return self.due is not None and self.due < (today or timezone.localdate())


class Revision(RecordRef):
    """The full content of a record as saved once: fields, relations, file names."""

    number = models.PositiveIntegerField(_("number"))
    record_version = models.PositiveIntegerField(help_text="The record's version once this revision was saved.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    created = models.DateTimeField(_("saved"), default=timezone.now)
    comment = models.TextField(_("comment"), blank=True)
    content = models.JSONField(encoder=DjangoJSONEncoder)
    pending = models.BooleanField(_("pending changes"), default=False, help_text="Saved while the record was live.")
    published = models.BooleanField(_("published"), default=False, help_text="Became the live version.")

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "number"], name="unique_revision_number")
        ]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")

    def __str__(self):
        return f"#{self.number}"


class TranslationState(RecordRef):
    """What one translated field in one language was translated from, to tell when it falls behind.

    ``source_hash`` is the digest of the source-language text the translation was made from
    (or last confirmed against); ``text_hash`` the digest of the translation as last saved.
    The translation is outdated once the source text no longer matches ``source_hash``.
    Only filled translations have a row; see ``editorial.translations``.
    """

    field = models.CharField(max_length=64)
    language = models.CharField(max_length=8)
    source_hash = models.CharField(max_length=64)
    text_hash = models.CharField(max_length=64)
    outdated = models.BooleanField(default=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="unique_translation_state"
            )
        ]
        indexes = [models.Index(fields=["language", "outdated", "content_type"], name="translation_outdated")]

    def __str__(self):
        return f"{self.content_type_id}/{self.object_id} {self.field}_{self.language}"


class AuditEntry(RecordRef):
    """One transition or save: who, when, which record, from which state to which, why."""

    class Action(models.TextChoices):
        CREATE = "create", _("Created")
        SAVE = "save", _("Saved")
        SAVE_PENDING = "save_pending", _("Saved pending changes")
        SUBMIT = "submit", _("Submitted for review")
        COMMENT = "comment", _("Commented")
        SEND_BACK = "send_back", _("Sent back")
        APPROVE = "approve", _("Approved")
        PUBLISH = "publish", _("Published")
        UNPUBLISH = "unpublish", _("Unpublished")
        ARCHIVE = "archive", _("Archived")
        SCHEDULE = "schedule", _("Scheduled")
        RESTORE = "restore", _("Restored a revision")
        SHARE = "share", _("Shared a preview link")
        SHARE_REVOKED = "share_revoked", _("Revoked a preview link")
        SHARE_USED = "share_used", _("Preview link opened")
        DELETE = "delete", _("Deleted")
        CONFIRM_TRANSLATION = "confirm_translation", _("Confirmed a translation")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("actor")
    )
    #: The actor's username as it was, kept when the user is deleted.
    actor_name = models.CharField(_("actor name"), max_length=150, blank=True)
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    record_repr = models.CharField(_("record"), max_length=300)
    action = models.CharField(_("action"), max_length=32, choices=Action.choices)
    from_state = models.CharField(_("from"), max_length=16, blank=True, choices=Stage.choices)
    to_state = models.CharField(_("to"), max_length=16, blank=True, choices=Stage.choices)
    comment = models.TextField(_("comment"), blank=True)
    revision = models.ForeignKey(Revision, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.record_repr}"

    @property
    def actor_display(self):
        """Who acted: the user, or the name they had once their account is gone."""
        return self.actor or self.actor_name


def new_token():
    return secrets.token_urlsafe(32)


def hash_token(token):
    """What is stored of a share link's token: its SHA-256, so the database alone opens no preview."""
    return hashlib.sha256(token.encode()).hexdigest()


class ShareLinkQuerySet(models.QuerySet):
    def active(self, *, now=None):
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())

    def for_token(self, token):
        return self.filter(token_hash=hash_token(token))

    def issue(self, **fields):
        """A new link; its token is on the returned instance only (``link.token``), never stored."""
        token = new_token()
        link = self.create(token_hash=hash_token(token), **fields)
        link.token = token
        return link


class ShareLink(models.Model):
    """A preview of one revision for someone without an account; expires and can be revoked.

    Only the hash of its token is kept: the full address is shown once, when it is made.
    """

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="share_links")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    #: Views are counted here; only the first one goes to the audit log.
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    last_viewed_at = models.DateTimeField(_("last viewed"), null=True, blank=True, editable=False)

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("share link")
        verbose_name_plural = _("share links")

    def __str__(self):
        return f"{self.revision} until {self.expires_at:%Y-%m-%d %H:%M}"

    def is_valid(self, *, now=None):
        return self.revoked_at is None and self.expires_at > (now or timezone.now())
