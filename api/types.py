"""One entry per record type: its serializers, filters and what to prefetch (published only).

Every relation is fetched through a ``Prefetch`` on a ``published()`` queryset, so lists and
details take a fixed number of queries however many records they show, and a record the
public may not see never appears as a link (a hidden foreign key reads as null).
"""

from dataclasses import dataclass

from django.db.models import Prefetch

from archive import filters, record_types
from archive.models import (
    Document,
    Event,
    EventOrganization,
    Organization,
    Participation,
    Person,
    Photo,
    Place,
    Position,
    Program,
    published_q,
)

from . import serializers
from .filters import api_filterset


def _public(lookup, model, to_attr=None):
    return Prefetch(lookup, queryset=model.objects.published(), to_attr=to_attr)


def _event_list():
    return [_public("place", Place)]


def _event_detail():
    return [
        *_event_list(),
        "themes",
        _public("programs", Program, "public_programs"),
        Prefetch(
            "participations",
            queryset=Participation.objects.filter(published_q("person__")).select_related("person"),
            to_attr="public_participations",
        ),
        Prefetch(
            "event_organizations",
            queryset=EventOrganization.objects.filter(published_q("organization__")).select_related("organization"),
            to_attr="public_organizations",
        ),
        _public("documents", Document, "public_documents"),
        _public("photos", Photo, "public_photos"),
    ]


def _person_list():
    return [_public("photo", Photo)]


def _person_detail():
    positions = Position.objects.prefetch_related(_public("organization", Organization), _public("country", Place))
    return [
        *_person_list(),
        "themes",
        Prefetch("positions", queryset=positions),
        _public("events", Event, "public_events"),
        _public("authored_documents", Document, "public_authored_documents"),
        _public("documents", Document, "public_documents"),
        _public("photos", Photo, "public_photos"),
    ]


def _program_detail():
    return [
        "themes",
        _public("organizers", Organization, "public_organizers"),
        _public("events", Event, "public_events"),
        _public("documents", Document, "public_documents"),
    ]


def _document_list():
    return [_public("publisher", Organization)]


def _document_detail():
    return [
        *_document_list(),
        "themes",
        _public("authors", Person, "public_authors"),
        _public("people", Person, "public_people"),
        _public("events", Event, "public_events"),
        _public("programs", Program, "public_programs"),
    ]


def _organization_list():
    return [_public("country", Place)]


def _organization_detail():
    return [*_organization_list(), "themes", _public("programs", Program, "public_programs")]


def _place_list():
    return [_public("parent", Place), _public("country", Place)]


def _place_detail():
    return [*_place_list(), "themes"]


def _photo_list():
    return ["renditions"]


def _photo_detail():
    return [
        *_photo_list(),
        "themes",
        _public("events", Event, "public_events"),
        _public("people", Person, "public_people"),
    ]


def _none():
    return []


@dataclass(frozen=True)
class ApiType:
    model: type
    list_serializer: type
    detail_serializer: type
    filterset: type
    list_prefetches: object = _none
    detail_prefetches: object = _none

    @property
    def segment(self):
        return record_types.of(self.model).segment


API_TYPES = (
    ApiType(
        Event,
        serializers.EventListSerializer,
        serializers.EventDetailSerializer,
        filters.EventFilterSet,
        _event_list,
        _event_detail,
    ),
    ApiType(
        Person,
        serializers.PersonListSerializer,
        serializers.PersonDetailSerializer,
        filters.PersonFilterSet,
        _person_list,
        _person_detail,
    ),
    ApiType(
        Program,
        serializers.ProgramListSerializer,
        serializers.ProgramDetailSerializer,
        filters.ProgramFilterSet,
        _none,
        _program_detail,
    ),
    ApiType(
        Document,
        serializers.DocumentListSerializer,
        serializers.DocumentDetailSerializer,
        filters.DocumentFilterSet,
        _document_list,
        _document_detail,
    ),
    ApiType(
        Organization,
        serializers.OrganizationListSerializer,
        serializers.OrganizationDetailSerializer,
        filters.OrganizationFilterSet,
        _organization_list,
        _organization_detail,
    ),
    ApiType(
        Place,
        serializers.PlaceListSerializer,
        serializers.PlaceDetailSerializer,
        filters.PlaceFilterSet,
        _place_list,
        _place_detail,
    ),
    ApiType(
        Photo,
        serializers.PhotoListSerializer,
        serializers.PhotoDetailSerializer,
        filters.PhotoFilterSet,
        _photo_list,
        _photo_detail,
    ),
)

#: The API's FilterSet of each type: the public page's, without its sort order.
API_FILTERSETS = {api_type.model: api_filterset(api_type.filterset) for api_type in API_TYPES}
