"""The API's views: a read-only viewset per record type (``archive.record_types``), the root, schema and docs."""

from csp.decorators import csp_update
from django.middleware.http import ConditionalGetMiddleware
from django.urls import reverse
from django.utils.decorators import decorator_from_middleware
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from archive.record_types import RECORD_TYPES

from .filters import SEARCH_PARAMETER, RecordFilterBackend, TextSearchBackend, api_filterset, filter_parameters
from .pagination import StableCursorPagination
from .throttling import AnonymousRateThrottle

#: ETag on every 200 answer (a digest of the body) and 304 to a matching If-None-Match.
conditional = decorator_from_middleware(ConditionalGetMiddleware)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


NOT_FOUND = OpenApiResponse(ErrorSerializer, description="No public record has this slug.")
UNKNOWN_CURSOR = OpenApiResponse(ErrorSerializer, description="The cursor was not made by this API.")
THROTTLED = OpenApiResponse(ErrorSerializer, description="Too many requests from this address: wait and retry.")
BAD_FILTER = OpenApiResponse(
    OpenApiTypes.OBJECT, description="A filter value is invalid: the messages by parameter name."
)


class PublicApiMixin:
    """Anonymous, read-only, JSON only, throttled; answers carry an ETag."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (AnonymousRateThrottle,)

    @classmethod
    def as_view(cls, *args, **kwargs):
        return conditional(super().as_view(*args, **kwargs))


class RecordViewSet(PublicApiMixin, viewsets.ReadOnlyModelViewSet):
    """Public records of one type: ``record_type`` says which (see ``viewset_for``)."""

    record_type = None
    renderer_classes = (JSONRenderer,)
    parser_classes = ()
    lookup_field = "slug"
    lookup_value_regex = "[^/\\x00]+"  # NUL never reaches a view (RefuseNulBytesMiddleware)
    pagination_class = StableCursorPagination
    filter_backends = (RecordFilterBackend, TextSearchBackend)

    def get_queryset(self):
        model, api = self.record_type.model, self.record_type.api
        if self.action == "retrieve":
            return model.objects.published().prefetch_related(*api.prefetches(detail=True))
        return model.objects.published().prefetch_related(*api.prefetches(detail=False)).defer(*list_deferred(model))

    def get_serializer_class(self):
        return self.record_type.api.serializer_class(detail=self.action == "retrieve")


#: Long texts a list never shows: not read for lists (each in every language).
LIST_DEFERRED = ("summary", "body", "extracted_text")


def list_deferred(model):
    names = [field.name for field in model._meta.concrete_fields]
    return [name for name in names if name in LIST_DEFERRED or name.rsplit("_", 1)[0] in LIST_DEFERRED]


def viewset_for(record_type):
    """The viewset of ``record_type``; its filters are those of the type's public list, without the sort order."""
    model, segment = record_type.model, record_type.segment
    name = model._meta.verbose_name_plural
    filterset = api_filterset(record_type.filterset_class)
    viewset = type(
        f"{model.__name__}ViewSet",
        (RecordViewSet,),
        {
            "record_type": record_type,
            "queryset": model.objects.none(),  # for the router and the schema; see get_queryset
            "filterset_class": filterset,
            "__module__": __name__,
        },
    )
    list_serializer = record_type.api.serializer_class(detail=False)
    return extend_schema_view(
        list=extend_schema(
            summary=f"List public {name}",
            description=f"Public {name} in a stable order (by id), a page at a time; "
            "filters are those of the public list page.",
            parameters=[*filter_parameters(filterset), SEARCH_PARAMETER],
            responses={200: list_serializer(many=True), 400: BAD_FILTER, 404: UNKNOWN_CURSOR, 429: THROTTLED},
            tags=[segment],
        ),
        retrieve=extend_schema(
            summary=f"One public {model._meta.verbose_name}",
            description="The record with its related public records as API links.",
            responses={200: record_type.api.serializer_class(detail=True), 404: NOT_FOUND, 429: THROTTLED},
            tags=[segment],
        ),
    )(viewset)


VIEWSETS = [(record_type.segment, viewset_for(record_type)) for record_type in RECORD_TYPES]


class RootView(PublicApiMixin, APIView):
    renderer_classes = (JSONRenderer,)
    parser_classes = ()

    @extend_schema(
        summary="The API's entry points",
        responses={
            200: OpenApiResponse(
                {"type": "object", "additionalProperties": {"type": "string", "format": "uri"}},
                description="The address of each list, the schema and the documentation.",
            ),
            429: THROTTLED,
        },
        tags=["root"],
    )
    def get(self, request):
        links = {segment: reverse(f"api:{segment}-list") for segment, _viewset in VIEWSETS}
        links.update(schema=reverse("api:schema"), docs=reverse("api:docs"))
        return Response({name: request.build_absolute_uri(path) for name, path in links.items()})


class SchemaView(PublicApiMixin, SpectacularAPIView):
    """The OpenAPI 3 schema (YAML; ``?format=json`` for JSON)."""


class DocsView(PublicApiMixin, SpectacularSwaggerSplitView):
    """Swagger UI from drf-spectacular-sidecar's files, its start-up script a separate file (CSP)."""

    template_name = "api/docs.html"
    url_name = "api:schema"

    @classmethod
    def as_view(cls, *args, **kwargs):
        # Swagger UI's stylesheet draws its icons from data: URIs; only this page allows them.
        return csp_update({"img-src": ["data:"]})(super().as_view(*args, **kwargs))
