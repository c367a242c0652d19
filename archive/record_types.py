"""One declaration per record type: all that differs from one kind of record to the next.

The public pages, search, the feed, the sitemap, JSON-LD, the API, OAI-PMH, IIIF, the
editorial workflow and the citations read their record types from ``RECORD_TYPES``, and no
module keeps a list of its own (``tests/test_record_types.py`` checks both). Adding a type
is one entry here plus its model, and the templates, filterset, views and serializers the
entry names.

Code that lives above the models (views, filtersets, serializers) is named by dotted path
and imported when first asked for, so any module may import this one without a cycle.
"""

from dataclasses import dataclass

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from archive.models import Document, Event, Organization, Person, Photo, Place, Program


@dataclass(frozen=True)
class Search:
    """How records of a type are indexed and found (``archive.search``)."""

    #: The fields of each weight class: title (A) > names (B) > summary (C) > body (D).
    #: Translated fields contribute every language version.
    title: tuple
    names: tuple = ()
    summary: tuple = ("summary",)
    body: tuple = ("body",)
    #: The links a record is also found by, through the names of the records they lead to:
    #: many-to-many fields or a foreign key (``archive.search.linked``).
    found_by: tuple = ()
    #: The fields a record is known by in the entries of the records linking to it (empty:
    #: no record is found through it).
    known_by: tuple = ()
    #: How a match ranks against one of another type (PostgreSQL): below 1, a little lower.
    prior: float = 1.0

    def columns(self):
        """``{weight class: field names}``, the index's text columns in weight order."""
        return {"title": self.title, "names": self.names, "summary": self.summary, "body": self.body}


@dataclass(frozen=True)
class Api:
    """The serializers of a type's API list and detail, and what each prefetches (``api``)."""

    list_serializer: str
    detail_serializer: str
    #: Functions returning the ``prefetch_related`` arguments, published records only.
    list_prefetches: str = "api.prefetches.nothing"
    detail_prefetches: str = "api.prefetches.nothing"

    def serializer_class(self, *, detail):
        return import_string(self.detail_serializer if detail else self.list_serializer)

    def prefetches(self, *, detail):
        return import_string(self.detail_prefetches if detail else self.list_prefetches)()


@dataclass(frozen=True, kw_only=True)
class RecordType:
    """A kind of public record, and all that its pages, search and machine-readable forms need to know."""

    model: type

    # The public pages.
    #: The address of the list, ``/<lang>/<segment>/``, and its URL name ``archive:<segment>``;
    #: also the API's (``/api/v1/<segment>/``), the exports' and the citations'.
    segment: str
    #: The list's heading, its menu entry and its search facet.
    title: str
    intro: str
    #: ``RecordListView``, or a subclass for a list that shows more (the events' map link).
    list_view: str = "archive.views.browse.RecordListView"
    filterset: str
    page_size: int = 24
    #: The include that renders one record of a list.
    card_template: str
    #: A ``RecordDetailView`` subclass: what the page shows besides the record.
    detail_view: str
    detail_template: str

    search: Search

    # Machine-readable forms.
    api: Api
    #: The schema.org ``@type`` of its JSON-LD (``archive.jsonld`` may refine it per record).
    schema_type: str
    #: The DCMI Type term of its OAI-PMH records, and their EDM type.
    dc_type: str
    edm_type: str = "TEXT"
    #: Its records belong to programs: OAI-PMH ``program:<slug>`` sets hold them.
    in_program_sets: bool = False
    #: The CSL item type of its citations (``citations.csl`` may refine it per record).
    csl_type: str = "webpage"
    in_feed: bool = False
    in_sitemap: bool = True
    #: The IIIF view of its manifests, ``/iiif/<name>/<slug>/manifest.json`` (None: it has none).
    iiif_manifest: str | None = None

    #: Records linking to it that belong with it: its public page shows them, so publishing it
    #: offers to publish them too (``editorial.references``).
    attached: tuple = ()

    @property
    def name(self):
        """``event``, ``person``…: search kinds, OAI identifiers and sets, persistent URIs, IIIF."""
        return self.model._meta.model_name

    @property
    def list_url_name(self):
        return f"archive:{self.segment}"

    @property
    def detail_url_name(self):
        return f"archive:{self.name}"

    @property
    def oai_set(self):
        return f"type:{self.name}"

    @property
    def list_view_class(self):
        return import_string(self.list_view)

    @property
    def detail_view_class(self):
        return import_string(self.detail_view)

    @property
    def filterset_class(self):
        return import_string(self.filterset)


#: The record types, in menu order.
RECORD_TYPES = (
    RecordType(
        model=Event,
        segment="events",
        title=_("Events"),
        intro=_("Meetings, visits, concerts, exhibitions, festivals and agreements."),
        list_view="archive.views.browse.EventListView",
        filterset="archive.filters.EventFilterSet",
        card_template="includes/cards/event.html",
        detail_view="archive.views.detail.EventDetailView",
        detail_template="archive/event_detail.html",
        search=Search(
            title=("title",),
            found_by=("participants", "organizations", "programs", "place"),
            known_by=("title",),
        ),
        api=Api(
            "api.serializers.EventListSerializer",
            "api.serializers.EventDetailSerializer",
            "api.prefetches.event_list",
            "api.prefetches.event_detail",
        ),
        schema_type="Event",
        dc_type="Event",
        in_program_sets=True,
        csl_type="event",
        in_feed=True,
        iiif_manifest="iiif.views.event_manifest",
        attached=("photos", "documents"),
    ),
    RecordType(
        model=Person,
        segment="people",
        title=_("People"),
        intro=_("Ministers, diplomats, artists and scholars who took part."),
        filterset="archive.filters.PersonFilterSet",
        card_template="includes/cards/person.html",
        detail_view="archive.views.detail.PersonDetailView",
        detail_template="archive/person_detail.html",
        search=Search(title=("name",), names=("name", "sort_name", "aliases"), known_by=("name", "aliases")),
        api=Api(
            "api.serializers.PersonListSerializer",
            "api.serializers.PersonDetailSerializer",
            "api.prefetches.person_list",
            "api.prefetches.person_detail",
        ),
        schema_type="Person",
        dc_type="Person",
    ),
    RecordType(
        model=Program,
        segment="programs",
        title=_("Programs"),
        intro=_("State programs, cultural seasons and recurring forums."),
        filterset="archive.filters.ProgramFilterSet",
        card_template="includes/cards/program.html",
        detail_view="archive.views.detail.ProgramDetailView",
        detail_template="archive/program_detail.html",
        search=Search(title=("title",), known_by=("title",)),
        api=Api(
            "api.serializers.ProgramListSerializer",
            "api.serializers.ProgramDetailSerializer",
            detail_prefetches="api.prefetches.program_detail",
        ),
        schema_type="EventSeries",
        dc_type="Collection",
        in_feed=True,
    ),
    RecordType(
        model=Document,
        segment="documents",
        title=_("Documents"),
        intro=_("Articles, speeches, agreements, nomination files and reports."),
        filterset="archive.filters.DocumentFilterSet",
        card_template="includes/cards/document.html",
        detail_view="archive.views.detail.DocumentDetailView",
        detail_template="archive/document_detail.html",
        search=Search(title=("title",), body=("body", "extracted_text"), found_by=("authors", "publisher")),
        api=Api(
            "api.serializers.DocumentListSerializer",
            "api.serializers.DocumentDetailSerializer",
            "api.prefetches.document_list",
            "api.prefetches.document_detail",
        ),
        schema_type="DigitalDocument",
        dc_type="Text",
        in_program_sets=True,
        csl_type="document",
        in_feed=True,
    ),
    RecordType(
        model=Organization,
        segment="organizations",
        title=_("Organizations"),
        intro=_("Ministries, embassies, museums, theatres and international bodies."),
        filterset="archive.filters.OrganizationFilterSet",
        card_template="includes/cards/organization.html",
        detail_view="archive.views.detail.OrganizationDetailView",
        detail_template="archive/organization_detail.html",
        search=Search(title=("name",), names=("name", "acronym"), known_by=("name", "acronym")),
        api=Api(
            "api.serializers.OrganizationListSerializer",
            "api.serializers.OrganizationDetailSerializer",
            "api.prefetches.organization_list",
            "api.prefetches.organization_detail",
        ),
        schema_type="Organization",
        dc_type="Organization",
    ),
    RecordType(
        model=Place,
        segment="places",
        title=_("Places"),
        intro=_("Countries, cities and venues."),
        list_view="archive.views.browse.PlaceListView",
        filterset="archive.filters.PlaceFilterSet",
        card_template="includes/cards/place.html",
        detail_view="archive.views.detail.PlaceDetailView",
        detail_template="archive/place_detail.html",
        search=Search(title=("name",), known_by=("name",)),
        api=Api(
            "api.serializers.PlaceListSerializer",
            "api.serializers.PlaceDetailSerializer",
            "api.prefetches.place_list",
            "api.prefetches.place_detail",
        ),
        schema_type="Place",
        dc_type="Place",
    ),
    RecordType(
        model=Photo,
        segment="photos",
        title=_("Photos"),
        intro=_("Photographs of events and people."),
        filterset="archive.filters.PhotoFilterSet",
        page_size=30,
        card_template="includes/cards/photo.html",
        detail_view="archive.views.detail.PhotoDetailView",
        detail_template="archive/photo_detail.html",
        # A photo illustrates a record and often bears its title: it ranks a little below it.
        search=Search(
            title=("title",),
            summary=("summary", "caption"),
            body=("body", "alt_text", "credit"),
            found_by=("events", "people"),
            prior=0.8,
        ),
        api=Api(
            "api.serializers.PhotoListSerializer",
            "api.serializers.PhotoDetailSerializer",
            "api.prefetches.photo_list",
            "api.prefetches.photo_detail",
        ),
        schema_type="ImageObject",
        dc_type="StillImage",
        edm_type="IMAGE",
        csl_type="graphic",
        in_feed=True,
        iiif_manifest="iiif.views.photo_manifest",
    ),
)

#: The record models, in menu order.
RECORD_MODELS = tuple(record_type.model for record_type in RECORD_TYPES)

_BY_MODEL = {record_type.model: record_type for record_type in RECORD_TYPES}
_BY_NAME = {record_type.name: record_type for record_type in RECORD_TYPES}
_BY_SEGMENT = {record_type.segment: record_type for record_type in RECORD_TYPES}


def of(record_or_model):
    """The type of a record or record model (``KeyError`` for anything else)."""
    model = record_or_model if isinstance(record_or_model, type) else type(record_or_model)
    return _BY_MODEL[model]


def by_name(name):
    """The type named ``name`` (``event``…) in search kinds, identifiers and URIs, or None."""
    return _BY_NAME.get(name)


def by_segment(segment):
    """The type whose list is at ``segment`` (``events``…), or None."""
    return _BY_SEGMENT.get(segment)
