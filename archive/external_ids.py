"""External identifiers of people, organizations and places: Wikidata, VIAF, ORCID, GeoNames.

Validated by pattern (and ORCID by its check digit); shown as ``sameAs`` in JSON-LD and as links.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

validate_wikidata = RegexValidator(r"\AQ[1-9][0-9]{0,11}\Z", _("A Wikidata item is Q followed by digits: Q5."))
validate_viaf = RegexValidator(r"\A[1-9][0-9]{0,21}\Z", _("A VIAF identifier is a number: 102333412."))
validate_geonames = RegexValidator(r"\A[1-9][0-9]{0,11}\Z", _("A GeoNames identifier is a number: 1526384."))

ORCID = re.compile(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]")


def wikidata_field():
    """The Wikidata item field people, organizations and places share."""
    return models.CharField(
        _("Wikidata"), max_length=16, blank=True, validators=[validate_wikidata], help_text=_("Item id: Q5.")
    )


def viaf_field():
    """The VIAF cluster field people and organizations share."""
    return models.CharField(
        _("VIAF"), max_length=24, blank=True, validators=[validate_viaf], help_text=_("Cluster number.")
    )


def orcid_checksum_ok(value):
    """ISO 7064 MOD 11-2, the check digit of an ORCID iD."""
    digits = value.replace("-", "")
    total = 0
    for char in digits[:-1]:
        total = (total + int(char)) * 2
    check = (12 - total % 11) % 11
    return digits[-1] == ("X" if check == 10 else str(check))


def validate_orcid(value):
    if not ORCID.fullmatch(value or "") or not orcid_checksum_ok(value):
        raise ValidationError(
            _("An ORCID iD is four groups of four digits with a valid check digit: 0000-0002-1825-0097."),
            code="invalid_orcid",
        )


#: Field name, address of an identifier, label shown on pages. Only fields a model has are used.
EXTERNAL = (
    ("wikidata", "https://www.wikidata.org/wiki/{}", "Wikidata"),
    ("viaf", "https://viaf.org/viaf/{}", "VIAF"),
    ("orcid", "https://orcid.org/{}", "ORCID"),
    ("geonames", "https://www.geonames.org/{}", "GeoNames"),
)


def external_links(record):
    """``[(label, url, value)]`` of the external identifiers ``record`` has."""
    links = []
    for field, pattern, label in EXTERNAL:
        value = getattr(record, field, "")
        if value:
            links.append((label, pattern.format(value), value))
    return links
