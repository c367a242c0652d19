"""What both metadata formats say about a record, read from its published relations only.

Every related record comes through a ``Prefetch`` on ``published()`` (see ``prefetches``),
so a hidden place, person or program never reaches a harvester, not even by name.
"""

import dataclasses

from django.conf import settings
from django.db.models import Prefetch

from archive import record_types
from archive.links import record_url
from archive.models import (
    Document,
    Event,
    EventOrganization,
    Organization,
    Participation,
    Person,
    Photo,
    Place,
    Program,
    Rights,
    published_q,
)

LANGUAGES = settings.MODELTRANSLATION_LANGUAGES
DOCUMENT_FORMATS = {"pdf": "application/pdf", "txt": "text/plain"}


def _published(model):
    return model.objects.published()


def prefetches(model):
    """What ``describe()`` reads, loaded for a whole page of records in a fixed number of queries."""
    common = ["themes"]
    if model is Event:
        return [
            *common,
            Prefetch("place", queryset=_published(Place)),
            Prefetch("programs", queryset=_published(Program)),
            Prefetch(
                "participations",
                queryset=Participation.objects.filter(published_q("person__")).select_related("person"),
            ),
            Prefetch(
                "event_organizations",
                queryset=EventOrganization.objects.filter(published_q("organization__")).select_related("organization"),
            ),
        ]
    if model is Program:
        return [*common, Prefetch("organizers", queryset=_published(Organization))]
    if model is Document:
        return [
            *common,
            Prefetch("authors", queryset=_published(Person)),
            Prefetch("publisher", queryset=_published(Organization)),
            Prefetch("events", queryset=_published(Event)),
            Prefetch("programs", queryset=_published(Program)),
            Prefetch("people", queryset=_published(Person)),
        ]
    if model is Organization:
        return [*common, Prefetch("country", queryset=_published(Place))]
    if model is Place:
        return [*common, Prefetch("parent", queryset=_published(Place))]
    if model is Photo:
        return [
            *common,
            "renditions",
            Prefetch("events", queryset=_published(Event)),
            Prefetch("people", queryset=_published(Person)),
        ]
    return common


def texts(record, field):
    """``[(language, text)]`` of a translated field, the languages it is written in (no fallback)."""
    values = [(lang, getattr(record, f"{field}_{lang}", "") or "") for lang in LANGUAGES]
    return [(lang, value.strip()) for lang, value in values if value.strip()]


def name(record):
    return texts(record, record.slug_source)


@dataclasses.dataclass
class Description:
    record: object
    url: str
    titles: list
    descriptions: list
    #: DCMI Type vocabulary terms (or plain words where it has none) and the EDM type.
    types: list
    edm_type: str
    date: str = ""
    subjects: list = dataclasses.field(default_factory=list)  # [(lang, text)]
    creators: list = dataclasses.field(default_factory=list)  # records
    credit: str = ""
    contributors: list = dataclasses.field(default_factory=list)  # records
    publisher: object = None
    places: list = dataclasses.field(default_factory=list)  # records
    part_of: list = dataclasses.field(default_factory=list)  # records (programs, events)
    related: list = dataclasses.field(default_factory=list)  # records
    language: str = ""
    rights: str = ""
    #: ``[(absolute URL, media type)]`` of the record's files.
    files: list = dataclasses.field(default_factory=list)
    coordinates: tuple = ()
    sources: list = dataclasses.field(default_factory=list)
    #: Other identifiers of the resource (a DOI).
    identifiers: list = dataclasses.field(default_factory=list)


class Links:
    """Absolute public addresses, in the default language (``DJANGO_SITE_URL``, else the request's)."""

    def __init__(self, base):
        self.base = base.rstrip("/")

    def page(self, record):
        return self.base + record_url(record, lang=settings.LANGUAGE_CODE)

    def absolute(self, path):
        return self.base + path


def describe(record, links):
    """What both formats say about ``record``: its type's DCMI and EDM types, then what its own fields add."""
    record_type = record_types.of(record)
    themes = [(lang, text) for theme in record.themes.all() for lang, text in texts(theme, "name")]
    description = Description(
        record=record,
        url=links.page(record),
        titles=name(record),
        descriptions=texts(record, "summary"),
        types=[record_type.dc_type],
        edm_type=record_type.edm_type,
        date=getattr(record, "date", ""),
        subjects=themes,
        sources=record.source_list(),
    )
    if isinstance(record, Event):
        description.types.append(record.get_event_type_display())
        description.contributors = [p.person for p in record.participations.all()] + [
            r.organization for r in record.event_organizations.all()
        ]
        description.places = [record.place] if record.place is not None else []
        description.part_of = list(record.programs.all())
    elif isinstance(record, Program):
        description.types.append(record.get_kind_display())
        description.contributors = list(record.organizers.all())
    elif isinstance(record, Document):
        description.types.append(record.get_doc_type_display())
        description.creators = list(record.authors.all())
        description.publisher = record.publisher
        description.part_of = list(record.programs.all())
        description.related = list(record.events.all()) + list(record.people.all())
        description.language = record.language
        if record.file:
            media_type = DOCUMENT_FORMATS.get(record.file_extension, "application/octet-stream")
            description.files = [(links.absolute(record.download_url()), media_type)]
        if record.doi:
            description.identifiers = [f"https://doi.org/{record.doi}"]
    elif isinstance(record, Organization):
        description.types.append(record.get_kind_display())
        description.places = [record.country] if record.country is not None else []
    elif isinstance(record, Place):
        description.types.append(record.get_kind_display())
        description.places = [record.parent] if record.parent is not None else []
        if record.latitude is not None and record.longitude is not None:
            description.coordinates = (record.latitude, record.longitude)
    elif isinstance(record, Photo):
        description.credit = record.credit
        description.rights = record.rights
        description.related = list(record.events.all()) + list(record.people.all())
        if record.rendition_url("large"):
            description.files = [(links.absolute(record.rendition_url("large")), "image/jpeg")]
    if not description.rights:
        description.rights = Rights.UNDETERMINED
    return description
