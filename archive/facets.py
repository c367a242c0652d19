"""Facets: live, exact counts of the values of one field over the filtered records.

Each facet is one aggregate query (``values`` + ``Count``) over the queryset the
filters produced, so its counts always match the current result list. Related
records are counted only when they are public themselves, and so is every record the
path goes through (``published_path_q``): an event at a draft venue is not counted under
the venue's city or country.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q

from archive.i18n import language_name, translated, translated_columns
from archive.models import Record, published_q

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

#: Narrow facets are counted when the list holds at most this many records.
NARROW_LIMIT = 5000


@dataclass
class FacetValue:
    value: str
    label: object  # Translated or str
    count: int
    active: bool = False
    url: str = ""


@dataclass
class FacetResult:
    param: str
    label: str
    values: list = field(default_factory=list)
    has_more: bool = False
    more_url: str = ""
    less_url: str = ""


def published_path_q(model, path):
    """``published_q`` for every record that ``path`` (``place__country``) reaches from ``model``.

    Venues carry their city and country (denormalised), so ``place__country`` skips the venue
    unless it is checked here; records that are not archive records (themes, positions) pass.
    """
    condition, prefix = Q(), ""
    for name in path.split("__"):
        model = model._meta.get_field(name).related_model
        prefix += f"{name}__"
        if issubclass(model, Record):
            condition &= published_q(prefix)
    return condition


class Facet:
    """Base: ``param`` is the query parameter the facet sets; ``label`` its heading.

    A ``narrow`` facet (many values, such as people) is counted only once the
    filters have narrowed the list (see ``NARROW_LIMIT``): over a whole table
    of events its top values say little and its count costs the most.
    """

    def __init__(self, param, label, *, narrow=False):
        self.param = param
        self.label = label
        self.narrow = narrow

    def rows(self, queryset, limit):
        raise NotImplementedError

    def counts(self, queryset, limit):
        """The ``limit`` most frequent values (and whether there are more), most frequent first."""
        rows = list(self.rows(queryset.order_by(), limit + 1))
        return rows[:limit], len(rows) > limit

    def label_for(self, value):
        """The label of a value that is not among the counted rows (e.g. no results)."""
        return value


class ChoiceFacet(Facet):
    """A field with choices (event type, document type…)."""

    def __init__(self, param, label, field_name, choices):
        super().__init__(param, label)
        self.field_name = field_name
        self.choices = dict(choices)

    def label_for(self, value):
        return str(self.choices.get(value, value))

    def rows(self, queryset, limit):
        rows = (
            queryset.exclude(**{self.field_name: ""})
            .values_list(self.field_name)
            .annotate(n=Count("pk"))
            .order_by("-n", self.field_name)[:limit]
        )
        return [FacetValue(value, self.label_for(value), n) for value, n in rows]


class LanguageFacet(ChoiceFacet):
    """A free language code (ISO 639-1), labelled with its name in the page language."""

    def __init__(self, param, label, field_name):
        super().__init__(param, label, field_name, choices=())

    def label_for(self, value):
        return language_name(value)


class RelatedFacet(Facet):
    """Records reached through ``path`` (``place__country``, ``programs``…), counted only when public.

    ``model`` is the related model; ``text_field`` its translated name field. Values
    are slugs, labels are the translated names with their real language.
    """

    def __init__(self, param, label, path, model, text_field, *, public=True, repeats=False, narrow=False):
        super().__init__(param, label, narrow=narrow)
        self.path = path
        self.model = model
        self.text_field = text_field
        self.public = public
        #: True when the path can reach the same related record twice from one record
        #: (two roles, two offices): only then is the costlier COUNT(DISTINCT) needed.
        self.repeats = repeats

    def rows(self, queryset, limit):
        prefix = f"{self.path}__"
        if self.public:
            condition = published_path_q(queryset.model, self.path)
        else:
            condition = Q(**{f"{prefix}isnull": False})
        columns = translated_columns(prefix, self.text_field, LANGUAGE_CODES)
        rows = (
            queryset.filter(condition)
            .values(f"{prefix}slug", *columns)
            .annotate(n=Count("pk", distinct=self.repeats))
            .order_by("-n", f"{prefix}slug")[:limit]
        )
        values = []
        for row in rows:
            names = {f"{self.text_field}_{code}": row[f"{prefix}{self.text_field}_{code}"] for code in LANGUAGE_CODES}
            label = translated(names, self.text_field)
            values.append(FacetValue(row[f"{prefix}slug"], label, row["n"]))
        return values
