"""What a record looks like in the API: a short form for lists, a full one with links for details.

Related records are read from ``public_*`` attributes that ``api.prefetches`` fills with
``Prefetch(…, published(), to_attr=…)``, and foreign keys from prefetches on ``published()``
querysets (a hidden record reads as null), so a serializer never reaches a draft.
"""

from rest_framework import serializers

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
    Theme,
)

from .fields import (
    DateBoundField,
    DocumentFileField,
    LinesField,
    LinkField,
    OptionalURLField,
    RenditionsField,
    SelfLinkField,
    TranslatedField,
    WebPagesField,
)

RECORD_FIELDS = ("url", "slug", "web_pages", "modified")
DATE_FIELDS = ("date", "date_earliest", "date_latest")
TEXT_FIELDS = ("summary", "body", "sources", "themes")


class ThemeSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = Theme
        fields = ("slug", "name")


class RecordSerializer(serializers.ModelSerializer):
    url = SelfLinkField()
    web_pages = WebPagesField()


class DatedMixin(serializers.Serializer):
    date = serializers.CharField(read_only=True, help_text="Extended Date/Time Format (EDTF); empty when unknown.")
    date_earliest = DateBoundField(source="date_lower")
    date_latest = DateBoundField(source="date_upper")


class DetailMixin(serializers.Serializer):
    summary = TranslatedField()
    body = TranslatedField()
    sources = LinesField()
    themes = ThemeSerializer(many=True, read_only=True)


# Events --------------------------------------------------------------------------------------


class EventListSerializer(DatedMixin, RecordSerializer):
    title = TranslatedField()
    place = LinkField(Place, allow_null=True)

    class Meta:
        model = Event
        fields = (*RECORD_FIELDS, "title", "event_type", *DATE_FIELDS, "place")


class ParticipantSerializer(serializers.ModelSerializer):
    person = LinkField(Person)
    role = TranslatedField()

    class Meta:
        model = Participation
        fields = ("person", "role")


class EventOrganizationSerializer(serializers.ModelSerializer):
    organization = LinkField(Organization)

    class Meta:
        model = EventOrganization
        fields = ("organization", "role")


class EventDetailSerializer(DetailMixin, EventListSerializer):
    programs = LinkField(Program, many=True, source="public_programs")
    participants = ParticipantSerializer(many=True, read_only=True, source="public_participations")
    organizations = EventOrganizationSerializer(many=True, read_only=True, source="public_organizations")
    documents = LinkField(Document, many=True, source="public_documents")
    photos = LinkField(Photo, many=True, source="public_photos")

    class Meta(EventListSerializer.Meta):
        fields = (
            *EventListSerializer.Meta.fields,
            *TEXT_FIELDS,
            "programs",
            "participants",
            "organizations",
            "documents",
            "photos",
        )


# People --------------------------------------------------------------------------------------


class PersonListSerializer(DatedMixin, RecordSerializer):
    name = TranslatedField()
    photo = LinkField(Photo, allow_null=True)

    class Meta:
        model = Person
        fields = (*RECORD_FIELDS, "name", "sort_name", *DATE_FIELDS, "photo")


class PositionSerializer(DatedMixin, serializers.ModelSerializer):
    title = TranslatedField()
    organization = LinkField(Organization, allow_null=True)
    country = LinkField(Place, allow_null=True)

    class Meta:
        model = Position
        fields = ("title", *DATE_FIELDS, "organization", "country")


class PersonDetailSerializer(DetailMixin, PersonListSerializer):
    aliases = LinesField()
    positions = PositionSerializer(many=True, read_only=True)
    events = LinkField(Event, many=True, source="public_events")
    authored_documents = LinkField(Document, many=True, source="public_authored_documents")
    documents = LinkField(Document, many=True, source="public_documents")
    photos = LinkField(Photo, many=True, source="public_photos")

    class Meta(PersonListSerializer.Meta):
        fields = (
            *PersonListSerializer.Meta.fields,
            "aliases",
            *TEXT_FIELDS,
            "positions",
            "events",
            "authored_documents",
            "documents",
            "photos",
        )


# Programs ------------------------------------------------------------------------------------


class ProgramListSerializer(DatedMixin, RecordSerializer):
    title = TranslatedField()

    class Meta:
        model = Program
        fields = (*RECORD_FIELDS, "title", "kind", *DATE_FIELDS)


class ProgramDetailSerializer(DetailMixin, ProgramListSerializer):
    organizers = LinkField(Organization, many=True, source="public_organizers")
    events = LinkField(Event, many=True, source="public_events")
    documents = LinkField(Document, many=True, source="public_documents")

    class Meta(ProgramListSerializer.Meta):
        fields = (*ProgramListSerializer.Meta.fields, *TEXT_FIELDS, "organizers", "events", "documents")


# Documents -----------------------------------------------------------------------------------


class DocumentListSerializer(DatedMixin, RecordSerializer):
    title = TranslatedField()
    publisher = LinkField(Organization, allow_null=True)
    file = DocumentFileField()

    class Meta:
        model = Document
        fields = (*RECORD_FIELDS, "title", "doc_type", "language", *DATE_FIELDS, "publisher", "file")


class DocumentDetailSerializer(DetailMixin, DocumentListSerializer):
    external_url = OptionalURLField(source="url")
    authors = LinkField(Person, many=True, source="public_authors")
    people = LinkField(Person, many=True, source="public_people")
    events = LinkField(Event, many=True, source="public_events")
    programs = LinkField(Program, many=True, source="public_programs")

    class Meta(DocumentListSerializer.Meta):
        fields = (
            *DocumentListSerializer.Meta.fields,
            "doi",
            "external_url",
            *TEXT_FIELDS,
            "authors",
            "people",
            "events",
            "programs",
        )


# Organizations and places --------------------------------------------------------------------


class OrganizationListSerializer(RecordSerializer):
    name = TranslatedField()
    country = LinkField(Place, allow_null=True)
    website = OptionalURLField()

    class Meta:
        model = Organization
        fields = (*RECORD_FIELDS, "name", "acronym", "kind", "country", "website")


class OrganizationDetailSerializer(DetailMixin, OrganizationListSerializer):
    programs = LinkField(Program, many=True, source="public_programs")

    class Meta(OrganizationListSerializer.Meta):
        fields = (*OrganizationListSerializer.Meta.fields, *TEXT_FIELDS, "programs")


class PlaceListSerializer(RecordSerializer):
    name = TranslatedField()
    parent = LinkField(Place, allow_null=True)
    country = LinkField(Place, allow_null=True)
    latitude = serializers.FloatField(read_only=True, allow_null=True)
    longitude = serializers.FloatField(read_only=True, allow_null=True)

    class Meta:
        model = Place
        fields = (*RECORD_FIELDS, "name", "kind", "country_code", "parent", "country", "latitude", "longitude")


class PlaceDetailSerializer(DetailMixin, PlaceListSerializer):
    class Meta(PlaceListSerializer.Meta):
        fields = (*PlaceListSerializer.Meta.fields, *TEXT_FIELDS)


# Photos --------------------------------------------------------------------------------------


class PhotoListSerializer(DatedMixin, RecordSerializer):
    title = TranslatedField()
    alt_text = TranslatedField()
    renditions = RenditionsField()

    class Meta:
        model = Photo
        fields = (*RECORD_FIELDS, "title", *DATE_FIELDS, "alt_text", "width", "height", "renditions")


class PhotoDetailSerializer(DetailMixin, PhotoListSerializer):
    caption = TranslatedField()
    events = LinkField(Event, many=True, source="public_events")
    people = LinkField(Person, many=True, source="public_people")

    class Meta(PhotoListSerializer.Meta):
        fields = (*PhotoListSerializer.Meta.fields, "caption", "credit", "rights", *TEXT_FIELDS, "events", "people")
