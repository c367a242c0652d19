"""The admin's record search, fast on a large archive.

Django's own admin search tests every search field with ``UPPER(field) LIKE``
joined by OR: no index can serve that, so at 100,000 events a search read the
whole table three times (the page, the count, the year bar). Here the search
fields are joined into one text, which PostgreSQL indexes by trigrams
(migration ``0011_admin_search_indexes``), so:

- a rare word is found through the index, a common one by walking the date
  index newest first until the page is full;
- the result count stops at ``SearchPaginator.cap`` ("more than 1,000"):
  counting every match of a common word reads most of the table;
- the year bar is left out while a search is active, unless a year is
  already chosen (its list of years is one more pass over every match); the
  year filter beside the list still narrows the results.

Unsearched lists are counted up to ``CappedPaginator.cap`` too, and their year bar
reads its years through the date index one year at a time (``years_by_index``), so
neither reads the whole table of a million-record archive.
"""

import datetime
import functools

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.text import smart_split, unescape_string_literal

from archive.estimates import count_up_to

#: Keeps the fields apart in the joined text, so no word is found across two fields.
SEPARATOR = "\n"


class JoinedText(Func):
    """``COALESCE(a, '') || '\n' || COALESCE(b, '') …``, flat: SQLite's parser overflows on Concat's nested pairs."""

    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = TextField()


def joined_text(fields):
    """One text of all ``fields`` (NULLs as empty), the expression the trigram indexes are built on."""
    parts = []
    for name in fields:
        parts += [Coalesce(F(name), Value("")), Value(SEPARATOR)]
    return JoinedText(*parts[:-1])


def search(queryset, fields, search_term):
    """Records whose ``fields`` contain every word of ``search_term`` (quoted phrases stay whole)."""
    queryset = queryset.alias(admin_search_text=joined_text(fields))
    for bit in smart_split(search_term):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        if bit:
            queryset = queryset.filter(admin_search_text__icontains=bit)
    return queryset


class CappedPaginator(Paginator):
    """Counts records up to ``cap`` only; ``capped`` says there are more ("more than 10,000")."""

    cap = 10_000

    @cached_property
    def found(self):
        return count_up_to(self.object_list, self.cap)

    @cached_property
    def count(self):
        return min(self.found, self.cap)

    @property
    def capped(self):
        return self.found > self.cap


class SearchPaginator(CappedPaginator):
    """Search results are counted up to 1,000: counting every match of a common word reads most of the table."""

    cap = 1000


def _loose_index_scan(queryset, field_name, following):
    """The values of ``field_name`` in ``queryset`` found one index probe each (PostgreSQL), in order.

    A "loose index scan": the first value, then the first after it by ``following`` (SQL
    for the lower bound of the next value, given the last one as ``v``), and so on. Some
    dozens of index lookups instead of reading every row.
    """
    rows = queryset.order_by().values_list(field_name)
    try:
        sql, params = rows.query.sql_with_params()
    except EmptyResultSet:  # ``none()``: a filter that can match nothing
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(
            f"""
            WITH RECURSIVE found(d) AS NOT MATERIALIZED ({sql}),
            found_values(v) AS (
                (SELECT d FROM found WHERE d IS NOT NULL ORDER BY d LIMIT 1)
                UNION ALL
                SELECT (SELECT d FROM found WHERE {following} ORDER BY d LIMIT 1) FROM found_values WHERE v IS NOT NULL
            )
            SELECT v FROM found_values WHERE v IS NOT NULL
            """,  # noqa: S608 -- the ORM's own SQL, with its parameters passed apart; ``following`` is ours
            params,
        )
        return [value for (value,) in cursor.fetchall()]


def years_by_index(queryset, field_name):
    """The first day of each year in which ``queryset`` has a ``field_name`` (PostgreSQL), oldest first.

    Each year is one probe of the date index for the first date after the last year found.
    """
    following = "d >= make_date(extract(year FROM v)::int + 1, 1, 1)"
    return [datetime.date(day.year, 1, 1) for day in _loose_index_scan(queryset, field_name, following)]


def values_by_index(queryset, field_name):
    """The distinct values of ``field_name`` in ``queryset`` (PostgreSQL; not NULL), in order: one probe each."""
    return _loose_index_scan(queryset, field_name, "d > v")


class IndexedValuesFilter(admin.AllValuesFieldListFilter):
    """Django's filter by every value of a field, its values found through the field's index.

    Django lists them with ``SELECT DISTINCT`` over the whole table (300,000 documents'
    languages: 40 ms, and growing with the archive); an indexed field answers a loose
    index scan in a probe per value. For fields without NULLs, on PostgreSQL; elsewhere
    Django's own query.
    """

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        choices = self.lookup_choices
        if not field.null and field_path == field.name and connections[choices.db].vendor == "postgresql":
            self.lookup_choices = values_by_index(model_admin.get_queryset(request), field.name)


class _YearsByIndex:
    """Mixed into a change list's queryset: ``dates(field, "year")`` by ``years_by_index`` on PostgreSQL."""

    def dates(self, field_name, kind, order="ASC"):
        if kind == "year" and connections[self.db].vendor == "postgresql":
            years = years_by_index(self, field_name)
            return years if order == "ASC" else years[::-1]
        return super().dates(field_name, kind, order)


@functools.cache
def _probing(queryset_class):
    return type(f"YearProbing{queryset_class.__name__}", (_YearsByIndex, queryset_class), {})


class RecordChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        """The records listed, whose year bar (``dates(..., "year")``) probes the date index."""
        queryset = super().get_queryset(request, exclude_parameters)
        queryset.__class__ = _probing(type(queryset))
        return queryset

    @property
    def show_date_hierarchy(self):
        """The year bar, except while searching with no date chosen yet (see the module's docstring)."""
        if not self.date_hierarchy:
            return False
        return not self.query or any(key.startswith(f"{self.date_hierarchy}__") for key in self.params)
