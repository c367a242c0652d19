"""The timeline: centuries → decades → years → one year by month, filtered by type, country and program."""

import datetime

from django.db.models import F
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from archive import filters, timeline
from archive.filters import translated_order
from archive.models import Event, Place, Program

#: At most this many events are drawn on a year's grid; the rest are one link away.
TIMELINE_LIMIT = 100
#: The filters the timeline keeps in every zoom link.
FILTERS = ("type", "country", "program")


class TimelineView(TemplateView):
    """Zoom by plain GET links: ``?century=1900``, ``?decade=1990``, ``?year=1997``, filters kept."""

    template_name = "archive/timeline.html"

    def get_filterset(self):
        data = {name: self.request.GET.get(name, "") for name in FILTERS}
        return filters.EventFilterSet(data=data, queryset=Event.objects.published())

    def zoom(self):
        """(level, start year): the most precise valid parameter wins; anything unreadable is ignored."""
        query = self.request.GET
        year = timeline.read_year(query.get("year"))
        if year is not None:
            return "year", year
        decade = timeline.read_year(query.get("decade"), step=10)
        if decade is not None:
            return "decade", decade
        century = timeline.read_year(query.get("century"), step=100)
        if century is not None:
            return "century", century
        return "all", None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.get_filterset()
        valid = filterset.is_valid()
        events = filterset.qs if valid else Event.objects.none()
        by_year = timeline.counts_by_year(events)
        level, start = self.zoom()
        context.update(
            {
                "level": level,
                "filter_errors": not valid,
                "filter_form": self.filter_form(filterset if valid else None),
                "is_filtered": any(self.request.GET.get(name) for name in FILTERS),
                "total": sum(by_year.values()),
            }
        )
        if level == "all":
            context["buckets"] = timeline.centuries(by_year)
            context["zoom_param"] = "century"
        elif level == "century":
            context.update(century=start, buckets=timeline.decades(by_year, start), zoom_param="decade")
        elif level == "decade":
            context.update(
                century=start // 100 * 100, decade=start, buckets=timeline.years(by_year, start), zoom_param="year"
            )
        else:
            context.update(
                century=start // 100 * 100,
                decade=start // 10 * 10,
                year=start,
                begin_count=by_year.get(start, 0),
                **self.year_grid(events, start),
            )
        context["crumbs"] = self.crumbs(context)
        return context

    def year_grid(self, events, year):
        queryset = (
            events.overlapping_years(year, year)
            .filter(date_lower__isnull=False)
            .with_listing_relations()
            .order_by(F("date_lower").asc(), F("date_upper").asc(), "pk")
        )
        found = list(queryset[: TIMELINE_LIMIT + 1])
        months = [{"number": month, "date": datetime.date(year, month, 1)} for month in range(1, 13)]
        return {
            "spans": [timeline.span(event, year) for event in found[:TIMELINE_LIMIT]],
            "more_events": len(found) > TIMELINE_LIMIT,
            "months": months,
        }

    def crumbs(self, context):
        """The zoom path, outermost first: (label, query parameter, value) with the last one current."""
        crumbs = [(_("All years"), None, None)]
        if context.get("century") is not None:
            century = context["century"]
            crumbs.append((f"{century}–{century + 99}", "century", century))
        if context.get("decade") is not None:
            crumbs.append((_("%(decade)ss") % {"decade": context["decade"]}, "decade", context["decade"]))
        if context.get("year") is not None:
            crumbs.append((str(context["year"]), "year", context["year"]))
        return crumbs

    def filter_form(self, filterset):
        """The choices of the three filters: types, and the countries and programs public events have."""
        chosen = filterset.form.cleaned_data if filterset else {}
        public = Event.objects.published()
        countries = (
            Place.objects.published()
            .filter(kind=Place.Kind.COUNTRY, pk__in=public.values("place__country"))
            .order_by(translated_order("name"), "pk")
        )
        programs = (
            Program.objects.published()
            .filter(pk__in=public.values("programs"))
            .order_by(translated_order("title"), "pk")
        )
        return {
            "types": Event.Type.choices,
            "countries": list(countries),
            "programs": list(programs),
            "type": chosen.get("type") or "",
            "country": chosen.get("country") or "",
            "program": chosen.get("program") or "",
        }
