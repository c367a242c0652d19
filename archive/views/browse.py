"""The public lists: one FilterView for every record type, with facets, chips and pagination."""

from django.urls import reverse
from django_filters.views import FilterView

from archive.estimates import EstimatingPaginator
from maps.views import list_markers

from .facets import active_chips, facet_results

#: Places the places list draws on its map at most.
MAP_LIMIT = 1000


class RecordListView(FilterView):
    """A filtered, faceted, paginated list of public records of one type."""

    template_name = "archive/list.html"
    paginator_class = EstimatingPaginator
    #: The entry of ``archive.record_types`` listed (``archive.urls`` passes it to ``as_view()``).
    record_type = None
    #: How many values a facet shows before "more".
    facet_limit = 8
    facet_more_limit = 60

    @property
    def model(self):
        return self.record_type.model

    @property
    def filterset_class(self):
        return self.record_type.filterset_class

    @property
    def paginate_by(self):
        return self.record_type.page_size

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
            total=context["paginator"].found if context.get("paginator") else len(self.object_list),
            limit=self.facet_limit,
            more=more,
            more_limit=self.facet_more_limit,
            estimated=context["paginator"].estimated if context.get("paginator") else False,
            # An estimated total read the table's size already.
            size=context["paginator"].size if context.get("paginator") and context["paginator"].estimated else None,
            keys=context["paginator"].keys if context.get("paginator") else None,
        )
        active_sort = filterset.active_sort if valid else filterset.default_sort
        context.update(
            {
                "title": self.record_type.title,
                "intro": self.record_type.intro,
                "card_template": self.record_type.card_template,
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
    """Events, with a link to the same events on the map."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        for name in ("page", "more", "sort"):
            query.pop(name, None)
        context["map_url"] = reverse("maps:events") + (f"?{query.urlencode()}" if query else "")
        return context


class PlaceListView(RecordListView):
    """Places, drawn on a map above the list."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["filter_errors"]:
            # Every place the filters list (not only this page), drawn and listed in text by the map.
            context["list_map"] = list_markers(self.object_list[:MAP_LIMIT])
        return context
