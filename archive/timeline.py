"""The public timeline: centuries, decades and years with their counts, and one year laid out by month.

Counts are of published events by the year they begin (open starts such as
``../1991`` are left out: they have no first year), computed in one grouped
query whatever the span. A year's page shows every event that overlaps it,
drawn as a span over the months it covers, so a month-precision date spans its
month, a year-precision date the whole year, and an event that began earlier or
ends later is drawn running off the edge.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import ExtractYear

from archive import dates

#: How many bar widths there are (CSS classes ``bar-0`` … ``bar-20``): no inline styles under our CSP.
BAR_STEPS = 20
YEAR_MIN, YEAR_MAX = 1, 9999


def counts_by_year(queryset):
    """``{year: number of events beginning in it}`` for the events of ``queryset``, in one query."""
    rows = (
        queryset.order_by()
        .filter(date_lower__gt=dates.EARLIEST)
        .annotate(year=ExtractYear("date_lower"))
        .values("year")
        .annotate(count=Count("pk", distinct=True))
    )
    return {row["year"]: row["count"] for row in rows}


@dataclass
class Bucket:
    """One century, decade or year of a zoom level: its first year, label and count."""

    start: int
    label: str
    count: int
    bar: int = 0


def bar_sizes(buckets):
    """Give each bucket a bar width from 0 to BAR_STEPS, relative to the largest count (at least 1 if any)."""
    largest = max((bucket.count for bucket in buckets), default=0)
    for bucket in buckets:
        if bucket.count and largest:
            bucket.bar = max(1, round(bucket.count * BAR_STEPS / largest))
    return buckets


def centuries(by_year):
    """Every century from the first to the last with events (empty ones between them included)."""
    if not by_year:
        return []
    first, last = min(by_year) // 100 * 100, max(by_year) // 100 * 100
    buckets = [
        Bucket(start, f"{start}–{start + 99}", sum(n for year, n in by_year.items() if start <= year < start + 100))
        for start in range(first, last + 1, 100)
    ]
    return bar_sizes(buckets)


def decades(by_year, century):
    """The ten decades of the century beginning with year ``century``."""
    buckets = [
        Bucket(start, f"{start}s", sum(n for year, n in by_year.items() if start <= year < start + 10))
        for start in range(century, century + 100, 10)
    ]
    return bar_sizes(buckets)


def years(by_year, decade):
    """The ten years of the decade beginning with year ``decade``."""
    return bar_sizes([Bucket(year, str(year), by_year.get(year, 0)) for year in range(decade, decade + 10)])


def read_year(value, *, step=1):
    """A year from the query string (a multiple of ``step``), or None for anything else."""
    text = (value or "").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 4:
        return None
    year = int(text)
    if not YEAR_MIN <= year <= YEAR_MAX and not (step > 1 and year == 0):
        return None
    return year if year % step == 0 else None


@dataclass
class Span:
    """Where one event sits on a year's month grid."""

    event: object
    first_month: int
    last_month: int
    starts_before: bool
    ends_after: bool
    precision: str
    approximate: bool
    uncertain: bool

    @property
    def qualified(self):
        return self.approximate or self.uncertain


def precision(lower, upper):
    """How much of the date is known, read from its bounds: day, month, year or a longer period."""
    if lower == upper:
        return "day"
    if (lower.year, lower.month) == (upper.year, upper.month) and lower.day == 1:
        return "month"
    if lower.year == upper.year and (lower.month, lower.day, upper.month, upper.day) == (1, 1, 12, 31):
        return "year"
    return "period"


def qualifiers(edtf):
    """(approximate, uncertain) as the EDTF string says (``~``, ``?``, ``%`` both; ``X`` digits are uncertain)."""
    text = edtf or ""
    approximate = "~" in text or "%" in text
    uncertain = "?" in text or "%" in text or "X" in text.upper()
    return approximate, uncertain


def span(event, year):
    """The Span of ``event`` on the grid of ``year`` (the event overlaps the year)."""
    first_day, last_day = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    lower, upper = event.date_lower, event.date_upper
    approximate, uncertain = qualifiers(event.date)
    return Span(
        event=event,
        first_month=1 if lower < first_day else lower.month,
        last_month=12 if upper > last_day else upper.month,
        starts_before=lower < first_day,
        ends_after=upper > last_day,
        precision=precision(lower, upper),
        approximate=approximate,
        uncertain=uncertain,
    )
