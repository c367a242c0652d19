"""What every archive record shares: slug, texts, sources, themes, status."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from archive import dates


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


def published_q(prefix="", *, now=None):
    """The single definition of "public", as a Q object.

    ``prefix`` lets a query reach through a relation:
    ``Event.objects.filter(published_q("programs__"))``.
    """
    now = now or timezone.now()
    return (
        Q(**{f"{prefix}status": Status.PUBLISHED})
        & (Q(**{f"{prefix}go_live_at__isnull": True}) | Q(**{f"{prefix}go_live_at__lte": now}))
        & (Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now}))
    )


class RecordQuerySet(models.QuerySet):
    def published(self, *, now=None):
        """Records the public may see: published, gone live, not expired."""
        return self.filter(published_q(now=now))

    def overlapping_years(self, year_from=None, year_to=None):
        """Records whose date range overlaps the years given (either end may be open)."""
        start, end = dates.year_range(year_from, year_to)
        return self.filter(date_lower__lte=end, date_upper__gte=start)

    def with_listing_relations(self):
        """Fetch what a list card shows (published related records only) in a fixed number of queries."""
        from archive.listing import listing_prefetches

        return self.prefetch_related(*listing_prefetches(self.model))


class Theme(models.Model):
    """A subject heading shared by every kind of record (heritage, cinema, music…)."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name


class Record(models.Model):
    """Abstract base of every public archive record."""

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_("The stable address of the record. Left blank, it is made from the title."),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_("Citations or URLs, one per line."),
    )
    themes = models.ManyToManyField(Theme, blank=True, verbose_name=_("themes"), related_name="+")

    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    go_live_at = models.DateTimeField(_("go live at"), null=True, blank=True)
    expire_at = models.DateTimeField(_("expire at"), null=True, blank=True)
    has_pending_changes = models.BooleanField(_("has pending changes"), default=False)
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Incremented on every save; guards against lost updates."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    modified = models.DateTimeField(_("modified"), auto_now=True)

    objects = RecordQuerySet.as_manager()

    #: The translated field the slug is made from.
    slug_source = "title"

    class Meta:
        abstract = True
        # The editors' dashboard finds the few rows in hand through these
        # (``editorial.dashboard._candidates``), however large the archive.
        indexes = [
            models.Index(fields=["modified"], name="%(app_label)s_%(class)s_modified"),
            models.Index(
                fields=["go_live_at"], condition=Q(go_live_at__isnull=False), name="%(app_label)s_%(class)s_go_live"
            ),
            models.Index(fields=["id"], condition=Q(has_pending_changes=True), name="%(app_label)s_%(class)s_pending"),
        ]

    def __str__(self):
        return getattr(self, self.slug_source) or self.slug

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The public page in the active language (the admin's "View on site" links here)."""
        from archive.links import record_url

        return record_url(self)

    def is_published(self, *, now=None):
        """Mirror of ``published()`` for one instance already in memory."""
        now = now or timezone.now()
        return (
            self.status == Status.PUBLISHED
            and (self.go_live_at is None or self.go_live_at <= now)
            and (self.expire_at is None or self.expire_at > now)
        )

    def publish_problems(self):
        """What stops this record from being published, as messages for editors (empty when ready)."""
        return []

    def clean(self):
        super().clean()
        if self.go_live_at and self.expire_at and self.expire_at <= self.go_live_at:
            raise ValidationError({"expire_at": _("Expiry must come after go-live.")})

    def unique_slug(self):
        """A slug from the English source text, made unique with a counter."""
        source = getattr(self, f"{self.slug_source}_en", None) or getattr(self, self.slug_source, "")
        base = slugify(source)[:100] or self._meta.model_name
        slug, counter = base, 2
        others = type(self)._base_manager.exclude(pk=self.pk)
        while others.filter(slug=slug).exists():
            slug = f"{base}-{counter}"
            counter += 1
        return slug

    def source_list(self):
        return [line.strip() for line in self.sources.splitlines() if line.strip()]


class Dated(models.Model):
    """A partial date as EDTF, with computed bounds for filtering and sorting."""

    date = models.CharField(
        _("date (EDTF)"),
        max_length=dates.MAX_LENGTH,
        blank=True,
        validators=[dates.validate_edtf],
        help_text=_(
            "Extended Date/Time Format: 2025-09-25, 2025-09, 2024/2025, 1992~ (circa), "
            "199X (the 1990s), 2004/.. (ongoing)."
        ),
    )
    date_lower = models.DateField(_("earliest day"), null=True, blank=True, editable=False, db_index=True)
    date_upper = models.DateField(_("latest day"), null=True, blank=True, editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.compute_date_bounds()
        super().save(*args, **kwargs)

    def compute_date_bounds(self):
        if self.date:
            bounds = dates.parse(self.date)
            self.date_lower, self.date_upper = bounds.lower, bounds.upper
        else:
            self.date_lower = self.date_upper = None

    @property
    def date_display(self):
        return dates.humanize(self.date)

    @property
    def date_datetime(self):
        """The ``datetime`` of a ``<time>``: the first day the date can mean, or its last for "../1991"."""
        if self.date_lower and self.date_lower != dates.EARLIEST:
            return self.date_lower.isoformat()
        if self.date_upper and self.date_upper != dates.LATEST:
            return self.date_upper.isoformat()
        return ""
