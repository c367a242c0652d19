"""Detail pages: one record and everything public related to it, linked both ways."""

from itertools import groupby

from django.db.models import F, Prefetch, Q
from django.views.generic import DetailView

from archive import jsonld
from archive.models import (
    Event,
    EventOrganization,
    Organization,
    Participation,
    Photo,
    Place,
    Position,
    published_q,
)

#: Related lists longer than this end with a link to the filtered list.
RELATED_LIMIT = 60


def bounded(queryset, limit=RELATED_LIMIT):
    """The first ``limit`` items and whether there are more, in one query."""
    items = list(queryset[: limit + 1])
    return items[:limit], len(items) > limit


def newest_first(prefix=""):
    return [F(f"{prefix}date_lower").desc(nulls_last=True), f"-{prefix}pk"]


def by_year(events):
    """Events grouped by the year they start, for a timeline: [{"year": 2025, "events": [...]}, …]."""
    return [
        {"year": year, "events": list(group)}
        for year, group in groupby(events, key=lambda event: event.date_lower.year if event.date_lower else None)
    ]


class RecordDetailView(DetailView):
    """A public record by slug; anything not public is a 404."""

    context_object_name = "record"
    #: The entry of ``archive.record_types`` shown (``archive.urls`` passes it to ``as_view()``).
    record_type = None

    @property
    def model(self):
        return self.record_type.model

    def get_queryset(self):
        return self.model.objects.published().with_listing_relations()

    def get_template_names(self):
        return [self.record_type.detail_template]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.related(self.object))
        context["jsonld"] = jsonld.for_record(self.object, self.request, context)
        return context

    def related(self, record):
        return {}


class EventDetailView(RecordDetailView):
    def get_queryset(self):
        # The venue's city names the locality in JSON-LD; a hidden city reads as None.
        return super().get_queryset().prefetch_related(Prefetch("place__city", queryset=Place.objects.published()))

    def related(self, event):
        documents, more_documents = bounded(event.documents.published().with_listing_relations())
        photos, more_photos = bounded(event.photos.published().with_renditions())
        return {
            "participations": list(
                Participation.objects.filter(event=event)
                .filter(published_q("person__"))
                .select_related("person")
                .prefetch_related(Prefetch("person__photo", queryset=Photo.objects.published().with_renditions()))
            ),
            "organization_roles": list(
                EventOrganization.objects.filter(event=event)
                .filter(published_q("organization__"))
                .select_related("organization")
                .order_by("role", "organization__slug")
            ),
            "documents": documents,
            "more_documents": more_documents,
            "photos": photos,
            "more_photos": more_photos,
            "themes": list(event.themes.all()),
        }


class PersonDetailView(RecordDetailView):
    def related(self, person):
        participations, more_events = bounded(
            Participation.objects.filter(person=person)
            .filter(published_q("event__"))
            .select_related("event")
            .prefetch_related(
                Prefetch(
                    "event__photos",
                    queryset=Photo.objects.published().with_renditions().order_by("pk"),
                    to_attr="listing_photos",
                )
            )
            .order_by(*newest_first("event__"))
        )
        authored, more_authored = bounded(person.authored_documents.published().with_listing_relations())
        mentioned, more_mentioned = bounded(person.documents.published().with_listing_relations())
        photos, more_photos = bounded(person.photos.published().with_renditions())
        positions = person.positions.prefetch_related(
            Prefetch("organization", queryset=Organization.objects.published()),
            Prefetch("country", queryset=Place.objects.published()),
        )
        return {
            "positions": list(positions),
            "participations": participations,
            "more_events": more_events,
            "authored": authored,
            "more_authored": more_authored,
            "mentioned": mentioned,
            "more_mentioned": more_mentioned,
            "photos": photos,
            "more_photos": more_photos,
            "themes": list(person.themes.all()),
        }


class ProgramDetailView(RecordDetailView):
    def related(self, program):
        events, more_events = bounded(
            program.events.published().with_listing_relations().order_by(F("date_lower").asc(nulls_last=True), "pk")
        )
        documents, more_documents = bounded(program.documents.published().with_listing_relations())
        return {
            "timeline": by_year(events),
            "events": events,
            "more_events": more_events,
            "organizers": list(program.organizers.published()),
            "documents": documents,
            "more_documents": more_documents,
            "themes": list(program.themes.all()),
        }


class DocumentDetailView(RecordDetailView):
    def related(self, document):
        return {
            "authors": list(document.authors.published()),
            "people": list(document.people.published()),
            "events": list(document.events.published()),
            "programs": list(document.programs.published()),
            "themes": list(document.themes.all()),
        }


class OrganizationDetailView(RecordDetailView):
    def related(self, organization):
        event_roles, more_events = bounded(
            EventOrganization.objects.filter(organization=organization)
            .filter(published_q("event__"))
            .select_related("event")
            .order_by(*newest_first("event__"))
        )
        documents, more_documents = bounded(organization.published_documents.published().with_listing_relations())
        return {
            "event_roles": event_roles,
            "more_events": more_events,
            "positions": list(
                Position.objects.filter(organization=organization)
                .filter(published_q("person__"))
                .select_related("person")
            ),
            "programs": list(organization.programs.published()),
            "documents": documents,
            "more_documents": more_documents,
            "themes": list(organization.themes.all()),
        }


class PlaceDetailView(RecordDetailView):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                Prefetch("parent", queryset=Place.objects.published()),
                Prefetch("city", queryset=Place.objects.published()),  # the locality in JSON-LD
            )
        )

    def related(self, place):
        events, more_events = bounded(
            Event.objects.published()
            .filter(published_q("place__"))  # an event at a hidden venue is not found through its city
            .filter(Q(place=place) | Q(place__city=place) | Q(place__country=place))
            .with_listing_relations()
            .order_by(*newest_first())
        )
        organizations, more_organizations = bounded(place.organizations.published())
        children = list(place.children.published())
        return {
            # The place and the places within it, drawn on its map and listed beside it
            # (no map when none of them has coordinates).
            "map_places": [place, *children] if any(p.latitude is not None for p in [place, *children]) else [],
            "events": events,
            "more_events": more_events,
            "events_filter": {Place.Kind.COUNTRY: "country", Place.Kind.CITY: "city"}.get(place.kind, ""),
            "children": children,
            "organizations": organizations,
            "more_organizations": more_organizations,
        }


class PhotoDetailView(RecordDetailView):
    def related(self, photo):
        return {
            "events": list(photo.events.published()),
            "people": list(photo.people.published()),
            "themes": list(photo.themes.all()),
        }
