"""People and the offices they held."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from archive import dates, external_ids

from .base import Dated, Record
from .places import Organization, Place


class Person(Dated, Record):
    name = models.CharField(_("name"), max_length=200)
    sort_name = models.CharField(
        _("sort name"), max_length=200, blank=True, help_text=_("Family name first: “Balayeva, Aida”.")
    )
    aliases = models.TextField(
        _("name variants"),
        blank=True,
        help_text=_("Other spellings and scripts, one per line: Balaeva, Балаева, Aida Balaeva."),
    )
    photo = models.ForeignKey(
        "archive.Photo", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("portrait")
    )
    wikidata = external_ids.wikidata_field()
    viaf = external_ids.viaf_field()
    orcid = models.CharField(
        _("ORCID iD"),
        max_length=19,
        blank=True,
        validators=[external_ids.validate_orcid],
        help_text="0000-0002-1825-0097",
    )

    slug_source = "name"

    class Meta(Record.Meta):
        ordering = ["sort_name", "name"]
        # Lists in name order (admin and public) walk this index instead of sorting every person.
        indexes = [*Record.Meta.indexes, models.Index(fields=["sort_name", "id"], name="archive_person_sort")]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def save(self, *args, **kwargs):
        if not self.sort_name:
            self.sort_name = self.default_sort_name()
        super().save(*args, **kwargs)

    def default_sort_name(self):
        parts = (self.name_en or self.name or "").split()
        if len(parts) < 2:
            return self.name or ""
        return f"{parts[-1]}, {' '.join(parts[:-1])}"

    @property
    def date_display(self):
        """The life dates: "born 27 November 1965", "7 May 1925 – 21 November 1998"."""
        return dates.humanize(self.date, life=True)

    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]


class Position(Dated):
    """An office a person held: "Minister of Culture and Information, Kazakhstan, 2023/..".

    ``date`` is the period in office.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(_("office"), max_length=255)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="positions",
        verbose_name=_("organization"),
    )
    country = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": Place.Kind.COUNTRY},
        verbose_name=_("country"),
    )

    class Meta:
        ordering = ["-date_lower", "pk"]
        verbose_name = _("position")
        verbose_name_plural = _("positions")

    def __str__(self):
        return self.title
