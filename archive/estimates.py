"""Counts that cost the same however large the archive grows.

A list counts its records exactly up to ``EXACT_UP_TO``: a count that stops there reads
at most that many rows. Beyond it the list says "about N", and its facets say "about"
too: they are counted over a random sample of the table's pages (PostgreSQL's
``TABLESAMPLE SYSTEM``, about ``SAMPLE_ROWS`` rows whatever the table's size) and scaled
up. Each facet then costs the same at a million records as at a hundred thousand, and
its values keep their order and proportions. The sample's seed is fixed, so a page
shows the same figures each time it is loaded, and its facets agree with its total.

SQLite, the embedded default for small archives, has no sampling and counts exactly.
"""

import json
from contextlib import contextmanager, nullcontext

from django.core.paginator import Paginator
from django.db import connections, transaction
from django.db.models.sql.datastructures import BaseTable
from django.utils.functional import cached_property

#: Lists count their records exactly up to this many, and page through this many at most.
EXACT_UP_TO = 10_000
#: About this many rows of a table are read to estimate counts over it.
SAMPLE_ROWS = 5_000
#: Up to this many matching records, a list's facets count over their keys, fetched once.
FEW = 200
#: The sample's seed: the same pages are drawn each time, so figures do not jitter.
SEED = 2025


class ReadAs(BaseTable):
    """A query's base table read some other way (a subclass's ``as_sql``), from ``args``.

    ``with_base_table`` puts one in a query. Clones keep the arguments; two such tables
    are the same join when their class and arguments are.
    """

    def __init__(self, table_name, alias, *args):
        super().__init__(table_name, alias)
        self.args = args

    def relabeled_clone(self, change_map):
        return self.__class__(self.table_name, change_map.get(self.table_alias, self.table_alias), *self.args)

    @property
    def identity(self):
        return (*super().identity, *self.args)


def with_base_table(queryset, table, *args):
    """A copy of ``queryset`` whose base table is read as ``table(name, alias, *args)`` (a ``ReadAs``)."""
    queryset = queryset.all()
    query = queryset.query
    alias = query.get_initial_alias()
    query.alias_map[alias] = table(query.alias_map[alias].table_name, alias, *args)
    return queryset


class SampledTable(ReadAs):
    """The base table of a query, read through ``TABLESAMPLE SYSTEM (percent)``."""

    def as_sql(self, compiler, connection):
        sql, params = super().as_sql(compiler, connection)
        (percent,) = self.args
        return f"{sql} TABLESAMPLE SYSTEM (%s) REPEATABLE (%s)", [*params, percent, SEED]


@contextmanager
def planner(using, **settings):
    """Within the block, PostgreSQL's planner runs with ``settings`` (``enable_indexscan="off"``…).

    SET LOCAL lasts to the end of the transaction: the settings go back to the server's
    own when the block ends normally, and with the rollback of the transaction when it
    raises. (Inside a transaction already, as in a test, no savepoint is taken.)
    """
    # JIT compiling costs 50–250 ms, and a plan's cost passes its threshold as soon as a
    # disabled scan type is priced in: these short reads never gain from it.
    settings = {"jit": "off", **settings}
    with transaction.atomic(using=using, savepoint=False):
        with connections[using].cursor() as cursor:
            # Names and values come from the code that calls this, never from a request.
            cursor.execute("; ".join(f"SET LOCAL {name} = {value}" for name, value in settings.items()))
        yield
        with connections[using].cursor() as cursor:
            cursor.execute("; ".join(f"SET LOCAL {name} TO DEFAULT" for name in settings))


def joined_by_key(using):
    """Within the block, PostgreSQL joins by nested loops only (elsewhere, nothing changes).

    For reading a bounded set (at most ``EXACT_UP_TO`` records, or a sample of about
    ``SAMPLE_ROWS``) with its joins: each of its rows costs one index probe. The hash or
    merge join the planner would otherwise choose reads the whole joined table (the
    events' programs: 500,000 rows at a million events), whose cost grows with the archive.
    """
    if connections[using].vendor != "postgresql":
        return nullcontext()
    return planner(using, enable_hashjoin="off", enable_mergejoin="off")


def table_rows(model, using):
    """The planner's count of ``model``'s rows (``pg_class.reltuples``), or None if never analysed.

    Read afresh each time (a fraction of a millisecond): a figure kept for a while would
    make the queries a page runs depend on the clock.
    """
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)", [model._meta.db_table])
        row = cursor.fetchone()
    return row[0] if row and row[0] >= 0 else None


def count_up_to(queryset, limit):
    """How many rows ``queryset`` holds, counted up to ``limit + 1`` only (so at most that many are read).

    Only the keys are counted: annotations (a list's review states, say) are not worked
    out for each row.
    """
    return queryset.order_by().values("pk")[: limit + 1].count()


def table_size(queryset):
    """``table_rows`` of ``queryset``'s table on PostgreSQL (0 if never analysed), None elsewhere.

    What ``size`` takes below, so that a page reads it once for its list and facets.
    """
    if connections[queryset.db].vendor != "postgresql":
        return None
    return table_rows(queryset.model, queryset.db) or 0


def more_than(queryset, limit):
    """Does ``queryset`` hold more than ``limit`` rows? (Reads ``limit + 1`` at most.)"""
    return count_up_to(queryset, limit) > limit


def planned_rows(queryset):
    """How many rows PostgreSQL's planner expects ``queryset`` to hold, from its statistics (no row is read)."""
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)  # noqa: S608 -- ORM-compiled SQL
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return plan[0]["Plan"]["Plan Rows"]


def too_many_to_count(queryset, limit):
    """Should ``queryset`` be sampled rather than counted exactly (``more_than(queryset, limit)``)?

    Answering costs a pass over up to ``limit`` rows, as long as the exact counts it would
    allow: a program's 1,657 events at a million, 14 ms. On PostgreSQL the planner is asked
    first, and a set it expects to hold under half of ``limit`` is counted exactly at once.
    Its estimate of one filter is close, of several it may be low a few times over; a set
    larger than expected still gets exact counts, only later.
    """
    if connections[queryset.db].vendor == "postgresql" and planned_rows(queryset) < limit / 2:
        return False
    return more_than(queryset, limit)


def sampled(queryset, rows=None, *, size=None):
    """``(queryset over a sample of about ``rows`` rows of its table, scale)``; counts times scale estimate the whole.

    The whole table (scale 1) where it holds no more than ``rows``, where it was never
    analysed, and on databases without ``TABLESAMPLE``. ``size``: the table's
    ``table_rows``, where the caller has read it already (a page reads it once).
    """
    rows = rows or SAMPLE_ROWS
    using = queryset.db
    if connections[using].vendor != "postgresql":
        return queryset, 1
    total = size if size is not None else table_rows(queryset.model, using)
    if total is None or total <= rows:
        return queryset, 1
    percent = 100 * rows / total
    return with_base_table(queryset, SampledTable, percent), 100 / percent


def about(number):
    """``number`` rounded to two significant figures (an estimate should not look exact)."""
    number = round(number)
    digits = len(str(abs(number)))
    return round(number, 2 - digits) if digits > 2 else number


class EstimatingPaginator(Paginator):
    """Counts exactly up to ``exact_up_to``, and beyond it where that is cheap; else estimates.

    When the total is an estimate, pages reach the first ``exact_up_to`` records: filters
    narrow a list further, and whole sets go out through the export links, the API and
    OAI-PMH.
    """

    exact_up_to = EXACT_UP_TO
    #: Up to this many records, ``found`` reads their keys (``keys``), which the facets reuse.
    keys_up_to = FEW

    @cached_property
    def keys(self):
        """The records' keys when there are at most ``keys_up_to`` of them, else None.

        One query reads up to ``keys_up_to + 1`` keys: a few matches take as long to find
        as to count, and their facets count over the keys (``facet_results``) rather than
        finding them again. Many matches give the first keys at once. The read is bounded,
        so its joins (to a program's links, say) are made by key (``joined_by_key``): a
        hash join would read every record of the other filters first (a country's 47,000
        events at a million).
        """
        records = self.object_list.prefetch_related(None).order_by()
        with joined_by_key(records.db):
            keys = list(records.values_list("pk", flat=True)[: self.keys_up_to + 1])
        return keys if len(keys) <= self.keys_up_to else None

    def page(self, number):
        """The page ``number``; when the records are few (``keys``), its rows are read by their keys.

        The keys were found through the filters once already: each of them is then one
        probe of the primary key, where the filters would read again every record they
        reach (a program's thousand events, to list the few of them in one country).
        """
        if self.keys is None:
            return super().page(number)
        listed = self.object_list
        # The filters stay (the keys were read a moment ago, and must still match).
        self.object_list = listed.filter(pk__in=self.keys)
        try:
            return super().page(number)
        finally:
            self.object_list = listed

    @cached_property
    def size(self):
        """The listed table's ``table_size``: read once for the page, its facets included."""
        return table_size(self.object_list)

    @cached_property
    def found(self):
        """How many records there are: the number of ``keys`` when few, else counted up to ``exact_up_to + 1``."""
        if self.keys is not None:
            return len(self.keys)
        return count_up_to(self.object_list, self.exact_up_to)

    @property
    def estimated(self):
        """Are there too many to count exactly? (Then ``total`` is an estimate and facets are sampled.)"""
        return not self.total[1]

    @cached_property
    def total(self):
        """``(how many records, exact?)``; beyond ``exact_up_to``, an estimate from a sample of the table.

        An estimate that comes out under ``exact_up_to`` (a sample that missed most of a
        narrow list) gives ``exact_up_to``, shown as "more than".
        """
        if self.found <= self.exact_up_to:
            return self.found, True
        queryset = self.object_list.order_by()
        sample, scale = sampled(queryset, size=self.size)
        if scale == 1:
            return queryset.count(), True
        return max(about(sample.count() * scale), self.exact_up_to), False

    @cached_property
    def count(self):
        number, exact = self.total
        return number if exact else self.exact_up_to
