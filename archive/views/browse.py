"""The public lists: one FilterView per record type, with facets, chips and pagination."""

from django.utils.translation import gettext_lazy as _
from django_filters.views import FilterView

from archive import filters
from archive.models import Document, Event, Organization, Person, Photo, Place, Program

from .facets import active_chips, facet_results, page_links


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
                "kept_params": kept_params(filterset, self.request.GET),
                "reset_url": self.request.path,
                "pagination": page_links(context["page_obj"], self.request.GET) if context.get("page_obj") else None,
                "is_filtered": any(k for k in self.request.GET if k not in ("page", "sort", "more")),
            }
        )
        return context


def kept_params(filterset, query):
    """Facet choices to resend as hidden inputs when the year/sort form is submitted."""
    names = {facet.param for facet in filterset.facets}
    return [(name, value) for name, value in query.items() if name in names and value]


class EventListView(RecordListView):
    model = Event
    filterset_class = filters.EventFilterSet
    card_template = "includes/cards/event.html"
    title = _("Events")
    intro = _("Meetings, visits, concerts, exhibitions, festivals and agreements.")


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


class PhotoListView(RecordListView):
    model = Photo
    filterset_class = filters.PhotoFilterSet
    card_template = "includes/cards/photo.html"
    title = _("Photos")
    intro = _("Photographs of events and people.")
    paginate_by = 30
