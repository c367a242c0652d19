"""The events map: a facet view of the events list, one marker per city with its count of events."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from archive.filters import EventFilterSet
from archive.i18n import translated
from archive.links import record_url
from archive.models import Event, Place

from .render import Marker

#: Cities the map shows at most (the facet's most frequent first).
CITY_LIMIT = 500
#: Parameters of the events list the map keeps when it links back to it.
DROPPED_PARAMS = ("page", "more", "city")


def city_facet(filterset):
    return next(facet for facet in filterset.facets if facet.param == "city")


def places_with_coordinates(slugs):
    """Public places by slug, with their coordinates, in one query."""
    return {place.slug: place for place in Place.objects.published().filter(slug__in=slugs)}


def list_markers(places):
    """Markers for a list of places (the places list map): each links to its record."""
    return [
        Marker(
            label=translated(place, "name").text or str(place),
            url=record_url(place),
            latitude=place.latitude,
            longitude=place.longitude,
        )
        for place in places
    ]


class EventMapView(TemplateView):
    """Where the events (as filtered on the events list) took place, counted by city.

    The filters are the events list's own ``EventFilterSet`` on ``published()``, and the
    counts are its city facet (which counts an event only through a public venue and
    city), so a marker's number is the number of events its link lists.
    """

    template_name = "maps/events_map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET
        filterset = EventFilterSet(query, queryset=Event.objects.published())
        valid = filterset.is_valid()
        markers, total = [], 0
        if valid:
            events = filterset.qs
            total = events.count()
            rows, _more = city_facet(filterset).counts(events, CITY_LIMIT)
            places = places_with_coordinates([row.value for row in rows])
            events_url = reverse("archive:events")
            kept = query.copy()
            for name in DROPPED_PARAMS:
                kept.pop(name, None)
            for row in rows:
                place = places.get(row.value)
                kept["city"] = row.value
                markers.append(
                    Marker(
                        label=str(row.label),
                        url=f"{events_url}?{kept.urlencode()}",
                        latitude=place.latitude if place else None,
                        longitude=place.longitude if place else None,
                        count=row.count,
                        count_label=_("events: %(count)s") % {"count": row.count},
                    )
                )
        back = query.copy()
        for name in ("page", "more"):
            back.pop(name, None)
        context.update(
            {
                "markers": markers,
                "events_url": reverse("archive:events") + (f"?{back.urlencode()}" if back else ""),
                "total": total,
                "located_total": sum(marker.count for marker in markers),
                "filter_errors": not valid,
                "is_filtered": any(k for k in query if k not in ("page", "sort", "more")),
            }
        )
        return context
