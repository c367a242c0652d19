"""Where things happen and who organises them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from archive import external_ids

from .base import Record


class Place(Record):
    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        REGION = "region", _("Region")
        CITY = "city", _("City")
        VENUE = "venue", _("Venue")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.CITY)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("part of"),
        help_text=_("A venue lies in a city, a city in a country."),
    )
    country_code = models.CharField(
        _("country code"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2, for countries.")
    )
    # Denormalised on save so that "events in France" is one join, not a walk up the tree.
    country = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    city = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+")
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    wikidata = external_ids.wikidata_field()
    geonames = models.CharField(
        _("GeoNames"),
        max_length=16,
        blank=True,
        validators=[external_ids.validate_geonames],
        help_text=_("Feature id: 1526384."),
    )

    slug_source = "name"

    class Meta(Record.Meta):
        ordering = ["name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        ancestor, seen = self.parent, set()
        while ancestor is not None:
            if ancestor.pk == self.pk or ancestor.pk in seen:
                raise ValidationError({"parent": _("A place cannot lie inside itself.")})
            seen.add(ancestor.pk)
            ancestor = ancestor.parent

    def save(self, *args, **kwargs):
        self.country, self.city = self._find_ancestor(self.Kind.COUNTRY), self._find_ancestor(self.Kind.CITY)
        super().save(*args, **kwargs)
        if self.kind in (self.Kind.COUNTRY, self.Kind.CITY) and getattr(self, f"{self.kind}_id") is None:
            # A new country or city is its own country or city; it has a key only now.
            setattr(self, self.kind, self)
            type(self)._base_manager.filter(pk=self.pk).update(**{self.kind: self})

    def _find_ancestor(self, kind):
        place, hops = self, 0
        while place is not None and hops < 10:
            if place.kind == kind:
                return place if place.pk else None
            place, hops = place.parent, hops + 1
        return None

    def lineage(self):
        """This place and its parents, innermost first: Palais Garnier, Paris, France."""
        chain, place = [], self
        while place is not None and len(chain) < 10:
            chain.append(place)
            place = place.parent
        return chain


class Organization(Record):
    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Ministry or government body")
        INTERNATIONAL = "international", _("International organization")
        EMBASSY = "embassy", _("Embassy or mission")
        MUSEUM = "museum", _("Museum or gallery")
        THEATRE = "theatre", _("Theatre, orchestra or ensemble")
        UNIVERSITY = "university", _("University or research institute")
        FOUNDATION = "foundation", _("Foundation or NGO")
        MEDIA = "media", _("Publisher or media")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=32, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.OTHER)
    country = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organizations",
        limit_choices_to={"kind": Place.Kind.COUNTRY},
        verbose_name=_("country"),
    )
    website = models.URLField(_("website"), blank=True)
    wikidata = external_ids.wikidata_field()
    viaf = external_ids.viaf_field()

    slug_source = "name"

    class Meta(Record.Meta):
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
