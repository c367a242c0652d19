"""What a harvester sees: every public record, and every record that has left the public.

A record's *datestamp* is when its public face last changed: its last save (every
transition and edit bumps ``modified``), or the moment it went live or expired if that
came later — go-live and expiry happen with no write, so they are read from the row.

A record that left the public is reported as deleted (``deletedRecord`` persistent):

- a row not in ``published()`` that has been public, known from the audit log (a
  ``publish``, ``unpublish`` or ``archive`` entry), or published with its expiry passed;
- a deleted row that had been public: its ``delete`` audit entry, dated by it.

Nothing here writes: the editorial workflow already leaves everything needed.

A list is read as *streams*, one after another: for each record type its public rows,
its withdrawn rows and its deleted rows, each in key order. A resumption token holds the
stream and the last key given out, so a harvest neither skips nor repeats a record
whatever changes meanwhile: keys never change. A record changed behind the harvester's
position is not given again; its new datestamp is later than the harvest's first
``responseDate``, so the next incremental harvest (``from`` that date) gets it.

Why keys and not ``(datestamp, key)``: a datestamp depends on the time of the request
(go-live and expiry), so no index can serve it, and every page of a harvest would sort the
whole table (0.25 s a page at 100,000 events, against 1 ms through the primary key).
"""

import dataclasses
import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, DateTimeField, Exists, F, Min, OuterRef, Q, Subquery, When
from django.db.models.functions import Greatest

from archive import record_types
from archive.models import Program, Status, published_q
from editorial.models import AuditEntry

from . import identifiers

#: Audit actions only a record that has been public can have.
WENT_PUBLIC = (AuditEntry.Action.PUBLISH, AuditEntry.Action.UNPUBLISH, AuditEntry.Action.ARCHIVE)


def in_program_sets(model):
    """Do records of ``model`` belong to programs, so ``program:<slug>`` sets hold them?"""
    return record_types.of(model).in_program_sets


def datestamp(now):
    """The row's datestamp as an expression: last save, or go-live or expiry when later and past."""
    return Case(
        When(Q(status=Status.PUBLISHED, expire_at__lte=now), then=Greatest("modified", "expire_at")),
        When(Q(status=Status.PUBLISHED, go_live_at__lte=now), then=Greatest("modified", "go_live_at")),
        default=F("modified"),
        output_field=DateTimeField(),
    )


def _went_public(model, key="pk"):
    return Exists(
        AuditEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id=OuterRef(key), action__in=WENT_PUBLIC
        )
    )


def _once_public(model, now):
    """Rows not public now that have been: reported as deleted."""
    return model._base_manager.exclude(published_q(now=now)).filter(
        _went_public(model) | Q(status=Status.PUBLISHED, expire_at__lte=now)
    )


@dataclasses.dataclass(frozen=True)
class Window:
    """What a list request selects: ``from``/``until`` (until exclusive) and a set."""

    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    type_name: str | None = None
    program: Program | None = None

    def apply(self, queryset):
        if self.start is not None:
            queryset = queryset.filter(oai_datestamp__gte=self.start)
        if self.end is not None:
            queryset = queryset.filter(oai_datestamp__lt=self.end)
        return queryset


@dataclasses.dataclass
class Item:
    """One header (and, when public, the record behind it)."""

    model: type
    pk: int
    datestamp: datetime.datetime
    record: object = None

    @property
    def deleted(self):
        return self.record is None

    @property
    def identifier(self):
        return identifiers.identifier(record_types.of(self.model).name, self.pk)


class Stream:
    key = "pk"

    def __init__(self, model, now):
        self.model, self.now = model, now

    def rows(self, window):
        """The stream's rows in ``window``, annotated with ``oai_datestamp``, in harvest order."""
        queryset = self.queryset(window)
        if queryset is None:
            return None
        return window.apply(queryset.annotate(oai_datestamp=self.datestamp())).order_by(self.key)

    def datestamp(self):
        return datestamp(self.now)

    def after(self, queryset, key):
        return queryset.filter(**{f"{self.key}__gt": key})

    def items(self, rows):
        return [Item(self.model, pk, stamp) for pk, stamp in rows.values_list(self.key, "oai_datestamp")]


class Public(Stream):
    """Published rows, starting from ``published()``."""

    def queryset(self, window):
        queryset = self.model.objects.published(now=self.now)
        if window.program is not None:
            if self.model is Program:
                return queryset.filter(pk=window.program.pk)
            if not in_program_sets(self.model):
                return None
            queryset = queryset.filter(programs=window.program)
        return queryset

    def items(self, rows):
        return [Item(self.model, record.pk, record.oai_datestamp, record) for record in rows]


class Withdrawn(Stream):
    """Rows that were public and are not now: unpublished, archived, expired, rescheduled."""

    def queryset(self, window):
        queryset = _once_public(self.model, self.now)
        if window.program is not None:
            if not in_program_sets(self.model):
                return None
            queryset = queryset.filter(programs=window.program)
        return queryset


class Gone(Stream):
    """Rows deleted after they had been public, known by their ``delete`` audit entry."""

    key = "object_id"

    def queryset(self, window):
        if window.program is not None:
            return None  # a deleted row's programs are not known any more
        model = self.model
        return (
            AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(model), action="delete")
            .filter(_went_public(model, "object_id"))
            .exclude(object_id__in=model._base_manager.values("pk"))
        )

    def datestamp(self):
        return F("at")


def streams(window, now):
    models = [record_types.by_name(window.type_name).model] if window.type_name else record_types.RECORD_MODELS
    return [kind(model, now) for model in models for kind in (Public, Withdrawn, Gone)]


def count(window, now):
    total = 0
    for stream in streams(window, now):
        rows = stream.rows(window)
        total += rows.count() if rows is not None else 0
    return total


def page(window, now, *, start, after, size, prefetch):
    """Up to ``size`` items from stream ``start`` on, past ``after``; and whether more follow.

    ``prefetch(model)`` names what public records need loaded with them.
    """
    found, more = [], False
    for index, stream in enumerate(streams(window, now)):
        if index < start:
            continue
        rows = stream.rows(window)
        if rows is None:
            continue
        if index == start and after is not None:
            rows = stream.after(rows, after)
        if isinstance(stream, Public):
            rows = rows.prefetch_related(*prefetch(stream.model))
        batch = stream.items(rows[: size + 1 - len(found)])
        found += [(index, item) for item in batch]
        if len(found) > size:
            more = True
            found = found[:size]
            break
    return found, more


def get(model, pk, now, *, prefetch):
    """The item of one record, public or deleted, or ``None`` when it was never public."""
    for stream in (Public(model, now), Withdrawn(model, now), Gone(model, now)):
        rows = stream.rows(Window()).filter(**{stream.key: pk})
        if isinstance(stream, Public):
            rows = rows.prefetch_related(*prefetch(model))
        items = stream.items(rows[:1])
        if items:
            return items[0]
    return None


def earliest(now):
    """The earliest datestamp of anything a harvester may see (now, for an empty repository)."""
    stamps = []
    for stream in streams(Window(), now):
        stamps.append(stream.rows(Window()).aggregate(first=Min("oai_datestamp"))["first"])
    return min((stamp for stamp in stamps if stamp is not None), default=now)


def last_change(now):
    """When anything a harvester may see last changed, for conditional requests.

    One query (the feed and the sitemaps ask too): the latest datestamp of each record type's
    visible and deleted rows, each a subquery, selected beside a content type row that always exists.
    """
    latest = {}
    for model in record_types.RECORD_MODELS:
        visible = model._base_manager.filter(published_q(now=now) | Q(pk__in=_once_public(model, now).values("pk")))
        gone = Gone(model, now).rows(Window())
        for name, rows in ((f"{model._meta.model_name}_visible", visible), (f"{model._meta.model_name}_gone", gone)):
            rows = rows.annotate(last_stamp=datestamp(now) if rows is visible else F("oai_datestamp"))
            latest[name] = Subquery(
                rows.order_by(F("last_stamp").desc(nulls_last=True)).values("last_stamp")[:1],
                output_field=DateTimeField(),
            )
    anchor = ContentType.objects.get_for_model(record_types.RECORD_MODELS[0])
    row = ContentType.objects.filter(pk=anchor.pk).annotate(**latest).values_list(*latest).first() or ()
    return max((stamp for stamp in row if stamp is not None), default=None)
