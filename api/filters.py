"""The public pages' FilterSets, adapted for the API, and ``q=`` search.

The API applies ``archive.filters`` as they are, so a list filtered here holds what the
same facets show on the public page; only ``sort`` is left out, since pagination keeps
its own stable order. Invalid values answer 400 (DRF's ``DjangoFilterBackend``).
"""

import django_filters as df
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework.filters import BaseFilterBackend

from archive.facets import MAX_VALUES, RelatedSlugFilter, ValuesFilter
from archive.filters import YearFilter
from archive.search import query

#: The NUL character is refused before any view sees it (``RefuseNulBytesMiddleware``).
NO_NUL = "^[^\\x00]*$"


# The facets' filters read a repeatable parameter (?type=a&type=b): tell drf-spectacular so,
# once, here, rather than teach the archive app about OpenAPI. (filter_parameters() below
# then gives each its exact limits and choices.)
for _facet_filter in (ValuesFilter, RelatedSlugFilter):
    extend_schema_field({"type": "array", "items": {"type": "string"}})(_facet_filter)


@extend_schema_field(OpenApiTypes.INT)
class ApiYearFilter(YearFilter):
    """The public pages' year filter (the API documents it as the integer it is)."""


def _no_ordering(self, sort):
    return []


def api_filterset(filterset_class):
    """``filterset_class`` without its ``sort`` parameter and ordering."""
    attrs = {"sort": None, "ordering": _no_ordering, "__module__": __name__}
    for name in ("year_from", "year_to"):
        if name in filterset_class.declared_filters:
            attrs[name] = ApiYearFilter(label=filterset_class.declared_filters[name].label)
    return type(f"Api{filterset_class.__name__}", (filterset_class,), attrs)


class RecordFilterBackend(DjangoFilterBackend):
    """The FilterSet on lists only: a detail is found by its slug alone."""

    def filter_queryset(self, request, queryset, view):
        if getattr(view, "action", "list") != "list":
            return queryset
        return super().filter_queryset(request, queryset, view)


class TextSearchBackend(BaseFilterBackend):
    """``q=``: the records the archive's search finds for the text (its websearch syntax).

    Every match counts, not only the page search would show.
    The list keeps its stable order: relevance ranking is the search page's business.
    """

    param = "q"

    def filter_queryset(self, request, queryset, view):
        text = request.query_params.get(self.param, "")[: query.MAX_QUERY_CHARS]
        if getattr(view, "action", "list") != "list" or not text.strip():
            return queryset
        ids = query.matching_ids(text, queryset.model, using=queryset.db)
        return queryset.none() if ids is None else queryset.filter(pk__in=ids)

    def get_schema_operation_parameters(self, view):
        return []  # documented with OpenApiParameter in api.views (drf-spectacular reads that)


def _parameter_schema(filter_):
    if isinstance(filter_, ValuesFilter | RelatedSlugFilter):
        # A facet's parameter may repeat: ?type=concert&type=exhibition (either).
        choices = filter_.extra.get("choices")
        item = {"type": "string", "enum": [value for value, _label in choices]} if choices else {"type": "string"}
        if not choices:
            item.update(pattern=NO_NUL, maxLength=filter_.extra.get("max_length", 120))
        return {"type": "array", "items": item, "maxItems": MAX_VALUES}
    if isinstance(filter_, YearFilter):
        return {"type": "integer", "minimum": filter_.extra["min_value"], "maximum": filter_.extra["max_value"]}
    if isinstance(filter_, df.ChoiceFilter):
        return {"type": "string", "enum": [value for value, _label in filter_.extra["choices"]]}
    schema = {"type": "string", "pattern": NO_NUL}
    if filter_.extra.get("max_length"):
        schema["maxLength"] = filter_.extra["max_length"]
    return schema


def filter_parameters(filterset_class):
    """The FilterSet's parameters as OpenAPI describes them: the limits its form fields check."""
    return [
        OpenApiParameter(
            name,
            _parameter_schema(filter_),
            description=str(filter_.label or ""),
            style="form",
            explode=isinstance(filter_, ValuesFilter | RelatedSlugFilter) or None,
        )
        for name, filter_ in filterset_class.base_filters.items()
    ]


SEARCH_PARAMETER = OpenApiParameter(
    TextSearchBackend.param,
    {"type": "string", "pattern": NO_NUL},
    description=(
        'Search text, as on the search page: words, "a phrase", -excluded, this or that; '
        "Cyrillic and Latin spellings find each other."
    ),
)
