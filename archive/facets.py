"""Facets: the one declaration of a list's facet, its filter and its live, exact counts.

A facet names its query parameter, the field or path it reads and its label;
``filter()`` derives the django-filter filter that reads the parameter, so a
facet is declared once. A parameter may be repeated (``?type=concert&type=
exhibition``): values of one facet are alternatives (OR), facets combine (AND).

Each facet is one aggregate query (``values`` + ``Count``) over the queryset the
filters produced, so its counts always match the current result list. Related
records are counted only when they are public themselves, and so is every record the
path goes through (``published_path_q``): an event at a draft venue is not counted under
the venue's city or country.
"""

from dataclasses import dataclass, field

import django_filters as df
from django import forms
from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from archive.i18n import language_name, translated, translated_columns
from archive.models import Record, published_q

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

#: Narrow facets are counted when the list holds at most this many records.
NARROW_LIMIT = 5000

#: A filter through a foreign key (``place__country``) looks up the keys that key may hold
#: first, when they are at most this many (see ``RelatedSlugFilter.keys``).
KEYS_UP_TO = 500

SLUG_MAX_LENGTH = 120
#: A facet takes at most this many values at once; more make the filter invalid (an empty list).
MAX_VALUES = 20


class ValuesField(forms.Field):
    """One or more values of a repeated query parameter, each a short string (a slug that
    names no public record simply matches nothing)."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, max_length=SLUG_MAX_LENGTH, choices=None, **kwargs):
        super().__init__(**kwargs)
        self.max_length = max_length
        #: ``(value, label)`` pairs, or None for any slug.
        self.choices = {value for value, _label in choices} if choices is not None else None

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        if len(value) > MAX_VALUES:
            raise forms.ValidationError(_("Choose at most %(count)s values."), params={"count": MAX_VALUES})
        values = list(dict.fromkeys(str(item) for item in value if item))
        for item in values:
            if len(item) > self.max_length or (self.choices is not None and item not in self.choices):
                raise forms.ValidationError(_("Unknown value."))
        return values


class ValuesFilter(df.Filter):
    """Records whose ``field_name`` holds any of the values."""

    field_class = ValuesField

    def filter(self, qs, value):
        return qs.filter(**{f"{self.field_name}__in": value}) if value else qs


class RelatedSlugFilter(df.Filter):
    """Records related (through ``paths``) to any of the public records whose slugs are given.

    With several paths the record matches through any of them. ``repeats`` marks a
    path that can reach the same record twice (two roles, two offices), which is
    then filtered with a subquery instead of a join so no row is repeated.
    """

    field_class = ValuesField

    def __init__(self, *, model, paths, repeats=False, **kwargs):
        super().__init__(**kwargs)
        self.related_model = model
        self.paths = (paths,) if isinstance(paths, str) else tuple(paths)
        # Several values can reach one record twice as well.
        self.repeats = repeats or len(self.paths) > 1

    def related(self, values):
        manager = self.related_model.objects
        public = manager.published() if hasattr(manager, "published") else manager.all()
        return public.filter(slug__in=values)

    def keys(self, qs, related):
        """The keys the first step of the path may hold for a match, or None.

        For ``place__country``: the public venues in one of the countries. The list then
        filters on its own column (``place_id IN (…)``) and joins nothing, so the planner
        reads it, or a sample of it, once, instead of once per venue. For ``programs``
        (a many-to-many field): the public programs' keys, looked for in the links table
        alone. None (filter by joins) where the path starts with a reverse relation, or
        reaches more than ``KEYS_UP_TO`` keys.
        """
        if len(self.paths) != 1:
            return None
        first, _, rest = self.paths[0].partition("__")
        field = qs.model._meta.get_field(first)
        if not (field.concrete and (field.many_to_one or field.many_to_many)):
            return None
        target = field.related_model
        condition = published_q() if issubclass(target, Record) else Q()
        if rest:
            condition &= Q(**{f"{rest}__in": related}) & published_path_q(target, rest)
        else:
            condition &= Q(pk__in=related)
        keys = set(
            target._base_manager.using(qs.db)
            .filter(condition)
            .order_by()
            .values_list("pk", flat=True)[: KEYS_UP_TO + 1]
        )
        return None if len(keys) > KEYS_UP_TO else sorted(keys)

    def request_keys(self, qs, value, related):
        """``keys``, looked up once per request: a facet's counts filter the list again."""
        request = getattr(self.parent, "request", None)
        if request is None:
            return self.keys(qs, related)
        known = request.__dict__.setdefault("_related_keys", {})
        name = (qs.model._meta.label, self.paths, tuple(sorted(value)), qs.db)
        if name not in known:
            known[name] = self.keys(qs, related)
        return known[name]

    def holding(self, model, keys):
        """The records of ``model`` whose first step of the path holds one of ``keys``, each once."""
        field = model._meta.get_field(self.paths[0].partition("__")[0])
        if field.many_to_one:
            # One foreign key per record: no record is repeated.
            return Q(**{f"{field.name}__in": keys})
        # A record may hold several of the keys (two programs, an organization in two roles):
        # its links are looked up alone, without the linked records' table.
        links = field.remote_field.through._base_manager.filter(**{f"{field.m2m_reverse_field_name()}__in": keys})
        return Q(pk__in=links.values(field.m2m_field_name()))

    def filter(self, qs, value):
        if not value:
            return qs
        related = self.related(value)
        keys = self.request_keys(qs, value, related)
        if keys is not None:
            return qs.filter(self.holding(qs.model, keys))
        condition = Q()
        for path in self.paths:
            condition |= Q(**{f"{path}__in": related}) & published_path_q(qs.model, path)
        if self.repeats or len(value) > 1:
            return qs.filter(pk__in=qs.model._base_manager.filter(condition).values("pk"))
        return qs.filter(condition)


@dataclass
class FacetValue:
    value: str
    label: object  # Translated or str
    count: int
    active: bool = False
    url: str = ""
    #: The count is an estimate from a sample (see ``archive.estimates``).
    estimated: bool = False


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

    def filter(self):
        """The django-filter filter that reads this facet's parameter."""
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

    def filter(self):
        return ValuesFilter(field_name=self.field_name, label=self.label, choices=list(self.choices.items()))

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

    def filter(self):
        return ValuesFilter(field_name=self.field_name, label=self.label, max_length=8)


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

    def filter(self):
        return RelatedSlugFilter(model=self.model, paths=self.path, repeats=self.repeats, label=self.label)

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
