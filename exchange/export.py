"""Exports of the public lists and of search: every matching record, streamed as CSV or JSON.

The list exports build the list view itself (``RecordListView``) and ask its filterset for
the queryset, so the page and its export can never disagree on what matches or leak what
the page would not show. Rows are read as plain values in chunks (``iterator(chunk_size=…)``),
with one query per related column and chunk for the slugs of the public records they link to,
so the number of queries grows with the chunks, not with the rows, and memory stays flat
however long the list.
"""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive.search import query
from archive.search.views import SearchForm

from . import columns as cols

#: Rows fetched (and their related slugs looked up) at a time.
CHUNK_SIZE = 500
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


class _Echo:
    """A file-like object whose ``write`` hands the line back (the csv module's streaming idiom)."""

    def write(self, value):
        return value


def _csv_lines(header, rows):
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([cols.csv_cell(value) for value in row])


def _json_lines(header, rows):
    yield "["
    first = True
    for row in rows:
        yield ("\n" if first else ",\n") + json.dumps(dict(zip(header, row, strict=True)), cls=DjangoJSONEncoder)
        first = False
    yield "\n]\n"


def stream(header, rows, fmt, filename):
    body = _csv_lines(header, rows) if fmt == "csv" else _json_lines(header, rows)
    response = StreamingHttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    response["X-Robots-Tag"] = "noindex"
    return response


def record_rows(queryset, model):
    """The header and a generator of rows of ``queryset``'s records, one list of values per record.

    Rows are read as plain values in chunks; for each chunk one query per related column
    brings the slugs of the public records they link to.
    """
    columns = cols.columns(model)
    stored = [column for column in columns if column.field is not None and not column.many]
    many = [column for column in columns if column.many]
    rows = queryset.values_list("pk", *(column.field.attname for column in stored)).iterator(chunk_size=CHUNK_SIZE)
    url = cols.url_maker(model)

    def generate():
        for chunk in _chunks(rows, CHUNK_SIZE):
            links = {
                column.name: cols.public_slugs(column.field.related_model, {row[index] for row in chunk})
                for index, column in enumerate(stored, start=1)
                if column.kind == "link"
            }
            linked = {column.name: cols.many_slugs(column.field, [row[0] for row in chunk]) for column in many}
            for row in chunk:
                values = dict(zip((column.name for column in stored), row[1:], strict=True))
                for name, slugs in links.items():
                    values[name] = slugs.get(values[name], "")
                for name, by_record in linked.items():
                    values[name] = by_record.get(row[0], [])
                values["url"] = url(values["slug"])
                yield [cols.plain(column, values[column.name]) for column in columns]

    return [column.name for column in columns], generate()


def list_export(request, *, record_type, fmt):
    """``/<lang>/<segment>/export.<fmt>?<the list's filters>``: all records the list matches."""
    view = record_type.list_view_class(record_type=record_type)
    view.setup(request)
    view.object_list = None
    filterset = view.get_filterset(view.get_filterset_class())
    if not filterset.is_valid():
        return HttpResponseBadRequest(_("Some filters in the address could not be understood."))
    header, rows = record_rows(filterset.qs, view.model)
    return stream(header, rows, fmt, record_type.segment)


def search_export(request, *, fmt):
    """``/<lang>/search/export.<fmt>?q=…``: every public record the search matches.

    Search ranks by relevance only among the newest ``query.CAP`` matches (of a sample, on
    PostgreSQL); an export wants them all, so past that many it lists every match newest first.
    """
    form = SearchForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(_("The search could not be understood."))
    text, kind, sort = form.value("q")[: query.MAX_QUERY_CHARS], form.value("type"), form.value("sort", "relevance")
    results = query.search(text, kind=kind or None, sort=sort, language=get_language())
    matches = results.facets.get(kind, 0) if kind else sum(results.facets.values())
    entries = results.entries
    if matches > query.CAP or results.estimated:
        entries = query.every_match(text, kind=kind or None, language=get_language())
    entries = entries.values_list("kind", "object_id").iterator(chunk_size=CHUNK_SIZE)
    header = ["kind", "slug", "title", "date", "url"]
    return stream(header, _search_rows(entries), fmt, "search")


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _search_rows(entries):
    for chunk in _chunks(entries, CHUNK_SIZE):
        for kind, record in query.load_records(chunk):
            yield [kind, record.slug, str(record), getattr(record, "date", ""), cols.value(record, _URL)]


_URL = cols.Column("url", "url", importable=False)
