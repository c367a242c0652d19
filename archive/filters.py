"""FilterSets of the public lists, each built on the view's ``published()`` queryset.

Each facet declares its own filter (``Facet.filter()``); the filters declared
here are the ones no facet shows (the links of detail pages: "events of this
person"). django-filter validates every parameter through a form field; anything it
cannot read (a year that is not a number, an unknown type, a slug of 10 kB)
makes the form invalid and the list empty, never an error. Related records are
chosen by slug and only among public ones, reached only through public records
(``published_path_q``), so no filter can widen visibility.
"""

import django_filters as df
from django import forms
from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import resolution_order

from archive.facets import ChoiceFacet, LanguageFacet, RelatedFacet, RelatedSlugFilter
from archive.models import Document, Event, Organization, Person, Photo, Place, Program, Theme

DATE_SORTS = [("-date", _("Newest first")), ("date", _("Oldest first")), ("title", _("Title (A–Z)"))]
TITLE_SORTS = [("title", _("Name (A–Z)"))]


class SearchTextFilter(df.CharFilter):
    """``q=``: the records with every word, as the search page reads them (stems, scripts, links)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 256)
        super().__init__(**kwargs)

    def filter(self, qs, value):
        from archive.search.query import matching_ids

        ids = matching_ids(value, qs.model, language=get_language(), using=qs.db)
        return qs if ids is None else qs.filter(pk__in=ids)


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

    q = SearchTextFilter(label=_("Search"))

    #: The facets shown beside the list, in order.
    facets = ()
    sort_choices = DATE_SORTS
    default_sort = "-date"
    #: The translated field title sorting uses.
    title_field = "title"
    dated = True

    @classmethod
    def get_filters(cls):
        """The declared filters and, for each facet, the filter it derives."""
        filters = super().get_filters()
        for facet in cls.facets:
            filters.setdefault(facet.param, facet.filter())
        return filters

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


def _theme_facet():
    return RelatedFacet("theme", _("Theme"), "themes", Theme, "name", public=False)


class EventFilterSet(DatedFilterSet):
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
    event = RelatedSlugFilter(label=_("Event"), model=Event, paths="events")

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
    facets = (
        ChoiceFacet("type", _("Type"), "kind", Program.Kind.choices),
        RelatedFacet("organization", _("Organizer"), "organizers", Organization, "name"),
        _theme_facet(),
    )

    class Meta:
        model = Program
        fields = []


class DocumentFilterSet(DatedFilterSet):
    person = RelatedSlugFilter(label=_("Person"), model=Person, paths=("authors", "people"))
    event = RelatedSlugFilter(label=_("Event"), model=Event, paths="events")

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
    facets = (
        ChoiceFacet("type", _("Type"), "kind", Place.Kind.choices),
        RelatedFacet("country", _("Country"), "country", Place, "name"),
    )
    title_field = "name"

    class Meta:
        model = Place
        fields = []
