"""Citation downloads and the resolver of persistent record URIs."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import translation
from django.views.decorators.http import require_safe

from archive import record_types
from archive.links import record_url
from citations import csl, exports

MAX_PK = 2**63 - 1  # a larger number is no record, and would overflow the database's integer


def _get_public_record(model, **lookup):
    """A published record, or a 404: drafts, scheduled and expired records have no citation."""
    return get_object_or_404(model.objects.published(), **lookup)


@require_safe
def cite(request, segment, slug, fmt):
    """``/<lang>/cite/<segment>/<slug>.<ris|bib|json>``: the record's citation as a file."""
    record_type = record_types.by_segment(segment)
    if record_type is None or fmt not in exports.FORMATS:
        raise Http404
    record = _get_public_record(record_type.model, slug=slug)
    write, media_type, extension = exports.FORMATS[fmt]
    response = HttpResponse(write(csl.item(record, request)), content_type=f"{media_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{record.slug}.{extension}"'
    return response


@require_safe
def resolve(request, type_name, pk):
    """``/id/<type>/<pk>``: See Other, to the record's page in the visitor's language."""
    record_type = record_types.by_name(type_name)
    if record_type is None or pk > MAX_PK:
        raise Http404
    record = _get_public_record(record_type.model, pk=pk)
    language = translation.get_language_from_request(request)
    response = redirect(record_url(record, language), permanent=False)
    response.status_code = 303
    response["Vary"] = "Accept-Language, Cookie"
    return response
