"""FilterSets of the public lists, each built on the view's ``published()`` queryset.

django-filter validates every parameter through a form field; anything it
cannot read (a year that is not a number, an unknown type, a slug of 10 kB)
makes the form invalid and the list empty, never an error. Related records are
chosen by slug and only among public ones, reached only through public records
(``published_path_q``), so no filter can widen visibility.
"""

import django_filters as df
from django import forms
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import resolution_order

from archive.facets import ChoiceFacet, LanguageFacet, RelatedFacet, published_path_q
from archive.models import Document, Event, Organization, Person, Photo, Place, Program, Theme

SLUG_MAX_LENGTH = 120
DATE_SORTS = [("-date", _("Newest first")), ("date", _("Oldest first")), ("title", _("Title (A–Z)"))]
TITLE_SORTS = [("title", _("Name (A–Z)"))]


class RelatedSlugFilter(df.CharFilter):
    """Records related (through ``paths``) to the public record whose slug is given.

    With several paths the record matches through any of them. ``through`` marks a
    path that can reach the same record twice (two roles, two offices), which is
    then filtered with a subquery instead of a join so no row is repeated.
    """

    def __init__(self, *, model, paths, through=False, **kwargs):
        kwargs.setdefault("max_length", SLUG_MAX_LENGTH)
        super().__init__(**kwargs)
        self.related_model = model
        self.paths = (paths,) if isinstance(paths, str) else tuple(paths)
        self.through = through or len(self.paths) > 1

    def related(self, value):
        manager = self.related_model.objects
        public = manager.published() if hasattr(manager, "published") else manager.all()
        return public.filter(slug=value)

    def filter(self, qs, value):
        if not value:
            return qs
        related = self.related(value)
        condition = Q()
        for path in self.paths:
            condition |= Q(**{f"{path}__in": related}) & published_path_q(qs.model, path)
        if self.through:
            return qs.filter(pk__in=qs.model._base_manager.filter(condition).values("pk"))
        return qs.filter(condition)


class YearFilter(df.Filter):
    """One end of a year range; both ends are applied together in ``filter_queryset``."""

    field_class = forms.IntegerField

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 9999)
        super().__init__(**kwargs)

    def filter(self, qs, value):
        return qs


class SortFilter(df.ChoiceFilter):
    """The sort order, applied last in ``filter_queryset``."""

    def filter(self, qs, value):
        return qs


def translated_order(field):
    """Order by a translated field as readers see it: the page language, then its fallbacks."""
    columns = [NullIf(F(f"{field}_{code}"), Value("")) for code in resolution_order(get_language() or "en")]
    return Coalesce(*columns) if len(columns) > 1 else columns[0]


class RecordFilterSet(df.FilterSet):
    """Common machinery: facets, sorting, the year range with overlap semantics."""

    #: The facets shown beside the list, in order.
    facets = ()
    sort_choices = DATE_SORTS
    default_sort = "-date"
    #: The translated field title sorting uses.
    title_field = "title"
    dated = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "sort" in self.filters:
            self.filters["sort"].extra["choices"] = self.sort_choices

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        if self.dated and (data.get("year_from") or data.get("year_to")):
            queryset = queryset.overlapping_years(*self.year_range)
        return queryset.order_by(*self.ordering(data.get("sort") or self.default_sort))

    def ordering(self, sort):
        if sort == "date":
            return [F("date_lower").asc(nulls_last=True), "pk"]
        if sort == "-date":
            return [F("date_lower").desc(nulls_last=True), "-pk"]
        return [translated_order(self.title_field), "pk"]

    @property
    def year_range(self):
        """(from, to) as asked, or swapped when the range was given backwards (see ``range_inverted``)."""
        data = getattr(self.form, "cleaned_data", {}) or {}
        start, end = data.get("year_from"), data.get("year_to")
        return (end, start) if self.range_inverted else (start, end)

    @property
    def range_inverted(self):
        data = getattr(self.form, "cleaned_data", {}) or {}
        start, end = data.get("year_from"), data.get("year_to")
        return bool(start and end and start > end)

    @property
    def active_sort(self):
        data = getattr(self.form, "cleaned_data", {}) or {}
        return data.get("sort") or self.default_sort


class DatedFilterSet(RecordFilterSet):
    year_from = YearFilter(label=_("From year"))
    year_to = YearFilter(label=_("To year"))
    sort = SortFilter(label=_("Sort by"), choices=DATE_SORTS, empty_label=None)


class UndatedFilterSet(RecordFilterSet):
    sort_choices = TITLE_SORTS
    default_sort = "title"
    dated = False
    sort = SortFilter(label=_("Sort by"), choices=TITLE_SORTS, empty_label=None)


def _theme_filter():
    return RelatedSlugFilter(model=Theme, paths="themes", label=_("Theme"))


def _theme_facet():
    return RelatedFacet("theme", _("Theme"), "themes", Theme, "name", public=False)


class EventFilterSet(DatedFilterSet):
    type = df.ChoiceFilter(label=_("Type"), field_name="event_type", choices=Event.Type.choices)
    country = RelatedSlugFilter(label=_("Country"), model=Place, paths="place__country")
    city = RelatedSlugFilter(label=_("City"), model=Place, paths="place__city")
    program = RelatedSlugFilter(label=_("Program"), model=Program, paths="programs")
    person = RelatedSlugFilter(label=_("Person"), model=Person, paths="participants")
    organization = RelatedSlugFilter(label=_("Organization"), model=Organization, paths="organizations", through=True)
    theme = _theme_filter()

    facets = (
        ChoiceFacet("type", _("Type"), "event_type", Event.Type.choices),
        RelatedFacet("country", _("Country"), "place__country", Place, "name"),
        RelatedFacet("city", _("City"), "place__city", Place, "name", narrow=True),
        RelatedFacet("program", _("Program"), "programs", Program, "title"),
        RelatedFacet("person", _("Person"), "participants", Person, "name", narrow=True),
        RelatedFacet(
            "organization", _("Organization"), "organizations", Organization, "name", repeats=True, narrow=True
        ),
        _theme_facet(),
    )

    class Meta:
        model = Event
        fields = []


class PersonFilterSet(DatedFilterSet):
    country = RelatedSlugFilter(label=_("Country"), model=Place, paths="positions__country", through=True)
    organization = RelatedSlugFilter(
        label=_("Organization"), model=Organization, paths="positions__organization", through=True
    )
    event = RelatedSlugFilter(label=_("Event"), model=Event, paths="events")
    theme = _theme_filter()

    facets = (
        RelatedFacet("country", _("Country"), "positions__country", Place, "name", repeats=True),
        RelatedFacet("organization", _("Organization"), "positions__organization", Organization, "name", repeats=True),
        _theme_facet(),
    )
    default_sort = "title"
    title_field = "name"

    class Meta:
        model = Person
        fields = []

    def ordering(self, sort):
        if sort == "title":
            return ["sort_name", "pk"]
        return super().ordering(sort)


class ProgramFilterSet(DatedFilterSet):
    type = df.ChoiceFilter(label=_("Type"), field_name="kind", choices=Program.Kind.choices)
    organization = RelatedSlugFilter(label=_("Organization"), model=Organization, paths="organizers")
    theme = _theme_filter()

    facets = (
        ChoiceFacet("type", _("Type"), "kind", Program.Kind.choices),
        RelatedFacet("organization", _("Organizer"), "organizers", Organization, "name"),
        _theme_facet(),
    )

    class Meta:
        model = Program
        fields = []


class DocumentFilterSet(DatedFilterSet):
    type = df.ChoiceFilter(label=_("Type"), field_name="doc_type", choices=Document.Type.choices)
    language = df.CharFilter(label=_("Language"), field_name="language", max_length=8)
    author = RelatedSlugFilter(label=_("Author"), model=Person, paths="authors")
    person = RelatedSlugFilter(label=_("Person"), model=Person, paths=("authors", "people"))
    organization = RelatedSlugFilter(label=_("Organization"), model=Organization, paths="publisher")
    program = RelatedSlugFilter(label=_("Program"), model=Program, paths="programs")
    event = RelatedSlugFilter(label=_("Event"), model=Event, paths="events")
    theme = _theme_filter()

    facets = (
        ChoiceFacet("type", _("Type"), "doc_type", Document.Type.choices),
        LanguageFacet("language", _("Language"), "language"),
        RelatedFacet("author", _("Author"), "authors", Person, "name", narrow=True),
        RelatedFacet("organization", _("Publisher"), "publisher", Organization, "name"),
        RelatedFacet("program", _("Program"), "programs", Program, "title"),
        _theme_facet(),
    )

    class Meta:
        model = Document
        fields = []


class PhotoFilterSet(DatedFilterSet):
    person = RelatedSlugFilter(label=_("Person"), model=Person, paths="people")
    event = RelatedSlugFilter(label=_("Event"), model=Event, paths="events")
    country = RelatedSlugFilter(label=_("Country"), model=Place, paths="events__place__country", through=True)
    theme = _theme_filter()

    facets = (
        RelatedFacet("person", _("Person"), "people", Person, "name", narrow=True),
        RelatedFacet("event", _("Event"), "events", Event, "title", narrow=True),
        RelatedFacet("country", _("Country"), "events__place__country", Place, "name", repeats=True),
        _theme_facet(),
    )

    class Meta:
        model = Photo
        fields = []


class OrganizationFilterSet(UndatedFilterSet):
    type = df.ChoiceFilter(label=_("Type"), field_name="kind", choices=Organization.Kind.choices)
    country = RelatedSlugFilter(label=_("Country"), model=Place, paths="country")
    theme = _theme_filter()

    facets = (
        ChoiceFacet("type", _("Type"), "kind", Organization.Kind.choices),
        RelatedFacet("country", _("Country"), "country", Place, "name"),
        _theme_facet(),
    )
    title_field = "name"

    class Meta:
        model = Organization
        fields = []


class PlaceFilterSet(UndatedFilterSet):
    type = df.ChoiceFilter(label=_("Type"), field_name="kind", choices=Place.Kind.choices)
    country = RelatedSlugFilter(label=_("Country"), model=Place, paths="country")

    facets = (
        ChoiceFacet("type", _("Type"), "kind", Place.Kind.choices),
        RelatedFacet("country", _("Country"), "country", Place, "name"),
    )
    title_field = "name"

    class Meta:
        model = Place
        fields = []
