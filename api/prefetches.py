"""What each record type's API list and detail prefetch, published records only.

Each type's ``api`` in ``archive.record_types`` names its functions here, beside its serializers.
Every relation is fetched through a ``Prefetch`` on a ``published()`` queryset, so lists and
details take a fixed number of queries however many records they show, and a record the
public may not see never appears as a link (a hidden foreign key reads as null).
"""

from django.db.models import Prefetch

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


def _public(lookup, model, to_attr=None):
    return Prefetch(lookup, queryset=model.objects.published(), to_attr=to_attr)


def event_list():
    return [_public("place", Place)]


def event_detail():
    return [
        *event_list(),
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


def person_list():
    return [_public("photo", Photo)]


def person_detail():
    positions = Position.objects.prefetch_related(_public("organization", Organization), _public("country", Place))
    return [
        *person_list(),
        "themes",
        Prefetch("positions", queryset=positions),
        _public("events", Event, "public_events"),
        _public("authored_documents", Document, "public_authored_documents"),
        _public("documents", Document, "public_documents"),
        _public("photos", Photo, "public_photos"),
    ]


def program_detail():
    return [
        "themes",
        _public("organizers", Organization, "public_organizers"),
        _public("events", Event, "public_events"),
        _public("documents", Document, "public_documents"),
    ]


def document_list():
    return [_public("publisher", Organization)]


def document_detail():
    return [
        *document_list(),
        "themes",
        _public("authors", Person, "public_authors"),
        _public("people", Person, "public_people"),
        _public("events", Event, "public_events"),
        _public("programs", Program, "public_programs"),
    ]


def organization_list():
    return [_public("country", Place)]


def organization_detail():
    return [*organization_list(), "themes", _public("programs", Program, "public_programs")]


def place_list():
    return [_public("parent", Place), _public("country", Place)]


def place_detail():
    return [*place_list(), "themes"]


def photo_list():
    return ["renditions"]


def photo_detail():
    return [
        *photo_list(),
        "themes",
        _public("events", Event, "public_events"),
        _public("people", Person, "public_people"),
    ]


def nothing():
    return []
