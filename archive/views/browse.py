"""The public lists: one FilterView per record type, with facets, chips and pagination."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_filters.views import FilterView

from archive import filters
from archive.models import Document, Event, Organization, Person, Photo, Place, Program
from maps.views import list_markers

from .facets import active_chips, facet_results

#: Places the places list draws on its map at most.
MAP_LIMIT = 1000


class RecordListView(FilterView):
    """A filtered, faceted, paginated list of public records of one type."""

    template_name = "archive/list.html"
    paginate_by = 24
    #: Which card include renders one record.
    card_template = None
    title = None
    intro = None
    #: How many values a facet shows before "more".
    facet_limit = 8
    facet_more_limit = 60

    def get_queryset(self):
        return self.model.objects.published()

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        # Always bound, so the default sort order is applied without parameters too.
        kwargs["data"] = self.request.GET
        return kwargs

    def paginate_queryset(self, queryset, page_size):
        return super().paginate_queryset(queryset.with_listing_relations(), page_size)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        valid = filterset.is_valid()
        more = self.request.GET.get("more", "")
        facets = facet_results(
            filterset,
            self.object_list if valid else None,
            self.request.GET,
            total=context["paginator"].count if context.get("paginator") else len(self.object_list),
            limit=self.facet_limit,
            more=more,
            more_limit=self.facet_more_limit,
        )
        active_sort = filterset.active_sort if valid else filterset.default_sort
        context.update(
            {
                "title": self.title,
                "intro": self.intro,
                "card_template": self.card_template,
                "facets": facets,
                "chips": active_chips(filterset, facets, self.request.GET) if valid else [],
                "filter_errors": not valid,
                "sort_choices": filterset.sort_choices,
                "active_sort": active_sort,
                "sort_label": dict(filterset.sort_choices).get(active_sort),
                "dated": filterset.dated,
                "year_from": filterset.year_range[0] if valid else None,
                "year_to": filterset.year_range[1] if valid else None,
                "range_inverted": valid and filterset.range_inverted,
                "q": filterset.form.cleaned_data.get("q") if valid else "",
                "kept_params": kept_params(filterset, self.request.GET),
                "reset_url": self.request.path,
                "page_range": page_range(context.get("page_obj")),
                "is_filtered": any(k for k in self.request.GET if k not in ("page", "sort", "more")),
            }
        )
        return context


def page_range(page_obj, *, around=2):
    """Numbered page links with gaps, 1 … 4 5 [6] 7 8 … 40 (``Paginator.ELLIPSIS`` marks a gap)."""
    if page_obj is None:
        return []
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=around, on_ends=1))


def kept_params(filterset, query):
    """Facet choices to resend as hidden inputs when the year/sort form is submitted."""
    names = {facet.param for facet in filterset.facets}
    return [(name, value) for name in query if name in names for value in query.getlist(name) if value]


class EventListView(RecordListView):
    model = Event
    filterset_class = filters.EventFilterSet
    card_template = "includes/cards/event.html"
    title = _("Events")
    intro = _("Meetings, visits, concerts, exhibitions, festivals and agreements.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        for name in ("page", "more", "sort"):
            query.pop(name, None)
        context["map_url"] = reverse("maps:events") + (f"?{query.urlencode()}" if query else "")
        return context


class PersonListView(RecordListView):
    model = Person
    filterset_class = filters.PersonFilterSet
    card_template = "includes/cards/person.html"
    title = _("People")
    intro = _("Ministers, diplomats, artists and scholars who took part.")


class ProgramListView(RecordListView):
    model = Program
    filterset_class = filters.ProgramFilterSet
    card_template = "includes/cards/program.html"
    title = _("Programs")
    intro = _("State programs, cultural seasons and recurring forums.")


class DocumentListView(RecordListView):
    model = Document
    filterset_class = filters.DocumentFilterSet
    card_template = "includes/cards/document.html"
    title = _("Documents")
    intro = _("Articles, speeches, agreements, nomination files and reports.")


class OrganizationListView(RecordListView):
    model = Organization
    filterset_class = filters.OrganizationFilterSet
    card_template = "includes/cards/organization.html"
    title = _("Organizations")
    intro = _("Ministries, embassies, museums, theatres and international bodies.")


class PlaceListView(RecordListView):
    model = Place
    filterset_class = filters.PlaceFilterSet
    card_template = "includes/cards/place.html"
    title = _("Places")
    intro = _("Countries, cities and venues.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["filter_errors"]:
            # Every place the filters list (not only this page), drawn and listed in text by the map.
            context["list_map"] = list_markers(self.object_list[:MAP_LIMIT])
        return context


class PhotoListView(RecordListView):
    model = Photo
    filterset_class = filters.PhotoFilterSet
    card_template = "includes/cards/photo.html"
    title = _("Photos")
    intro = _("Photographs of events and people.")
    paginate_by = 30
