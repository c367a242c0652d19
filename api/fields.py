"""Serializer fields shared by every record type: translations, links, public pages, files."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive import dates, record_types

LANGUAGES = tuple(settings.MODELTRANSLATION_LANGUAGES)


def _per_language(schema):
    return {
        "type": "object",
        "properties": dict.fromkeys(LANGUAGES, schema),
        "required": list(LANGUAGES),
    }


def api_view_name(model):
    return f"api:{record_types.of(model).segment}-detail"


@extend_schema_field(_per_language({"type": "string", "nullable": True}))
class TranslatedField(serializers.Field):
    """A translated field in every language: ``{"en": "…", "kk": null, …}`` (null: not written)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return {lang: getattr(instance, f"{self.source}_{lang}", None) or None for lang in LANGUAGES}

    def to_representation(self, value):
        return value


class LinkField(serializers.HyperlinkedRelatedField):
    """The API address of a related record (which the queryset has already limited to public ones)."""

    def __init__(self, model, **kwargs):
        kwargs.setdefault("view_name", api_view_name(model))
        kwargs.setdefault("lookup_field", "slug")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    @classmethod
    def many_init(cls, model, **kwargs):
        kwargs["read_only"] = True
        return super().many_init(model, **kwargs)

    def get_url(self, obj, view_name, request, format):
        return _address_template(self, view_name).replace(SLUG_PLACEHOLDER, obj.slug)


#: Stands for the slug in an address reversed once per list (a slug never contains it).
SLUG_PLACEHOLDER = "slug--placeholder--"


def _address_template(field, url_name):
    """The absolute address of ``url_name`` with SLUG_PLACEHOLDER for its slug, reversed once per field."""
    templates = field.__dict__.setdefault("_templates", {})
    if url_name not in templates:
        request = field.context["request"]
        templates[url_name] = request.build_absolute_uri(reverse(url_name, kwargs={"slug": SLUG_PLACEHOLDER}))
    return templates[url_name]


@extend_schema_field(_per_language({"type": "string", "format": "uri"}))
class WebPagesField(serializers.Field):
    """The record's public page in every language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, record):
        # Reversing for each record and language took a third of a list's time: once per list is enough.
        pages = self.__dict__.setdefault("_pages", {})
        model = type(record)
        if model not in pages:
            request = self.context["request"]
            pages[model] = {}
            for lang in LANGUAGES:
                with translation.override(lang):
                    path = reverse(record_types.of(model).detail_url_name, kwargs={"slug": SLUG_PLACEHOLDER})
                pages[model][lang] = request.build_absolute_uri(path)
        return {lang: page.replace(SLUG_PLACEHOLDER, record.slug) for lang, page in pages[model].items()}


@extend_schema_field(OpenApiTypes.URI)
class SelfLinkField(serializers.Field):
    """The record's own API address."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, record):
        return _address_template(self, api_view_name(type(record))).replace(SLUG_PLACEHOLDER, record.slug)


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class LinesField(serializers.Field):
    """A text field kept one item a line (sources, name variants), as a list."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


@extend_schema_field({"type": "string", "format": "date", "nullable": True})
class DateBoundField(serializers.DateField):
    """The earliest or latest day a partial date can mean; null when open ("../1991", "2004/..")."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        if value is None or value in (dates.EARLIEST, dates.LATEST):
            return None
        return super().to_representation(value)


@extend_schema_field(
    {
        "type": "object",
        "nullable": True,
        "properties": {
            "url": {"type": "string", "format": "uri"},
            "format": {"type": "string"},
            "size": {"type": "integer", "nullable": True},
            "pages": {"type": "integer", "nullable": True},
        },
        "required": ["url", "format", "size", "pages"],
    }
)
class DocumentFileField(serializers.Field):
    """The document's stored file, served by /files/ after its own visibility check (or null)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, document):
        url = document.download_url()
        if not url:
            return None
        return {
            "url": self.context["request"].build_absolute_uri(url),
            "format": document.file_extension or "bin",
            "size": document.file_size,
            "pages": document.page_count,
        }


@extend_schema_field(
    {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "spec": {"type": "string"},
                "format": {"type": "string"},
                "width": {"type": "integer"},
                "height": {"type": "integer"},
                "url": {"type": "string", "format": "uri"},
            },
            "required": ["spec", "format", "width", "height", "url"],
        },
    }
)
class RenditionsField(serializers.Field):
    """A photo's resized copies (the original is staff-only), from the prefetched renditions."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        build = self.context["request"].build_absolute_uri
        return [
            {"spec": r.spec, "format": r.format, "width": r.width, "height": r.height, "url": build(r.url())}
            for r in manager.all()
        ]


class OptionalURLField(serializers.URLField):
    """A URL field that may be left blank: null then, since "" is no URL."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        kwargs["allow_null"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return value or None
