"""Programs and the events that make them up."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .base import Dated, Record
from .people import Person
from .places import Organization, Place


class Program(Dated, Record):
    """A lasting initiative: the Cultural Heritage program, Days of Kazakh Culture in France…

    ``date`` is the period it runs.
    """

    class Kind(models.TextChoices):
        STATE = "state", _("State program")
        SEASON = "season", _("Cultural season or days")
        TITLE = "title", _("Cultural capital or title")
        INTERNATIONAL = "international", _("International initiative")
        FORUM = "forum", _("Recurring forum or festival")

    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.STATE)
    organizers = models.ManyToManyField(Organization, blank=True, related_name="programs", verbose_name=_("organizers"))
    featured = models.BooleanField(_("featured on the home page"), default=False)

    class Meta(Record.Meta):
        ordering = ["-date_lower", "title"]
        verbose_name = _("program")
        verbose_name_plural = _("programs")


class Event(Dated, Record):
    class Type(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        VISIT = "visit", _("Visit")
        CONCERT = "concert", _("Concert")
        EXHIBITION = "exhibition", _("Exhibition")
        FESTIVAL = "festival", _("Festival")
        FILM_SCREENING = "film_screening", _("Film screening")
        CONGRESS = "congress", _("Congress or forum")
        CONFERENCE = "conference", _("Conference")
        AGREEMENT = "agreement", _("Agreement")
        HERITAGE = "heritage", _("Heritage nomination")
        CEREMONY = "ceremony", _("Ceremony")
        OTHER = "other", _("Other")

    title = models.CharField(_("title"), max_length=255)
    event_type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.OTHER, db_index=True)
    place = models.ForeignKey(
        Place, on_delete=models.PROTECT, null=True, blank=True, related_name="events", verbose_name=_("place")
    )
    programs = models.ManyToManyField(Program, blank=True, related_name="events", verbose_name=_("programs"))
    organizations = models.ManyToManyField(
        Organization, through="EventOrganization", blank=True, related_name="events", verbose_name=_("organizations")
    )
    participants = models.ManyToManyField(
        Person, through="Participation", blank=True, related_name="events", verbose_name=_("participants")
    )

    class Meta(Record.Meta):
        ordering = ["-date_lower", "title"]
        verbose_name = _("event")
        verbose_name_plural = _("events")


class Participation(models.Model):
    """A person at an event, in the role held there."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(
        _("role at the event"),
        max_length=255,
        blank=True,
        help_text=_("As held at the time, e.g. “Minister of Culture and Information of Kazakhstan”."),
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], name="unique_participation"),
        ]
        # A person's events, read from this index alone (migration 0018).
        indexes = [models.Index(fields=["person", "event"], name="archive_part_by_person")]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return f"{self.person}, {self.role}" if self.role else str(self.person)


class EventOrganization(models.Model):
    class Role(models.TextChoices):
        HOST = "host", _("Host")
        ORGANIZER = "organizer", _("Organizer")
        PARTNER = "partner", _("Partner")
        SPONSOR = "sponsor", _("Sponsor")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="event_organizations")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="event_roles")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.PARTNER)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "organization", "role"], name="unique_event_organization"),
        ]
        # An organization's events, read from this index alone (migration 0018).
        indexes = [models.Index(fields=["organization", "event"], name="archive_eventorg_by_org")]
        verbose_name = _("organization involved")
        verbose_name_plural = _("organizations involved")

    def __str__(self):
        return f"{self.organization} ({self.get_role_display()})"
