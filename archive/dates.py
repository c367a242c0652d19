"""Partial and uncertain dates, stored as EDTF (levels 0 and 1).

Archives rarely know a day: "September 2025", "2024–2025", "circa 1992".
Each record keeps the EDTF string as typed and two real date columns, the
earliest and latest day the string can mean, so that filters use overlap
semantics and sorting is correct.

The bounds are the stated period; qualifiers (``~`` approximate, ``?``
uncertain) are kept in the string and shown to readers, not widened into the
bounds. Open ends (``2004/..``) and unknown ends (``2004/``) are stored as the
furthest date a column can hold, so "ongoing since 2004" overlaps every later
year.
"""

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext_lazy
from edtf import parse_edtf, struct_time_to_date
from edtf.parser.edtf_exceptions import EDTFParseException

from archive import datewords

EARLIEST = datetime.date(1, 1, 1)
LATEST = datetime.date(9999, 12, 31)
OPEN_ENDS = ("..", "")

MAX_LENGTH = 64


@dataclass(frozen=True)
class DateRange:
    """The earliest and latest day a partial date can mean."""

    lower: datetime.date
    upper: datetime.date

    def overlaps(self, start, end):
        return self.lower <= end and self.upper >= start


def _parse_single(text):
    try:
        return parse_edtf(text)
    except (EDTFParseException, ValueError, TypeError, IndexError) as exc:
        raise ValidationError(
            gettext_lazy("“%(value)s” is not a valid EDTF date."),
            code="invalid_edtf",
            params={"value": text},
        ) from exc


# A plain year, month or day: most dates an archive holds. Parsed without the
# EDTF grammar, which costs milliseconds per string (pages show dozens).
PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse_plain(text):
    """The DateRange of "2025", "2025-09" or "2025-09-25", or None for anything else."""
    match = PLAIN.fullmatch(text)
    if not match:
        return None
    year, month, day = (int(group) if group else None for group in match.groups())
    if year == 0 or (month is not None and not 1 <= month <= 12):
        return None  # out of range, or an EDTF season (2025-21): the full parser decides
    if month is None:
        return DateRange(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    last_day = calendar.monthrange(year, month)[1]
    if day is None:
        return DateRange(datetime.date(year, month, 1), datetime.date(year, month, last_day))
    if not 1 <= day <= last_day:
        return None
    return DateRange(datetime.date(year, month, day), datetime.date(year, month, day))


def _to_date(struct):
    try:
        return struct_time_to_date(struct)
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValidationError(
            gettext_lazy("Dates must fall between the years 1 and 9999."),
            code="edtf_out_of_range",
        ) from exc


def parse(value):
    """Return the DateRange an EDTF string covers, or raise ValidationError.

    The edtf package cannot compute bounds of open intervals ("2004/.."), so
    intervals are split here and each end parsed on its own.
    """
    return _parse_text((value or "").strip())


@functools.lru_cache(maxsize=4096)
def _parse_text(text):
    """``parse()`` for stripped text, remembered: the EDTF grammar takes milliseconds per string.

    Only results are cached (a DateRange is immutable); invalid input raises afresh each time.
    """
    if not text:
        raise ValidationError(gettext_lazy("Enter a date."), code="required")
    if len(text) > MAX_LENGTH:
        raise ValidationError(gettext_lazy("This date is too long."), code="edtf_too_long")
    if "/" in text:
        start_text, _sep, end_text = text.partition("/")
        if "/" in end_text or (start_text in OPEN_ENDS and end_text in OPEN_ENDS):
            raise ValidationError(
                gettext_lazy("“%(value)s” is not a valid EDTF date."),
                code="invalid_edtf",
                params={"value": text},
            )
        lower = EARLIEST if start_text in OPEN_ENDS else _bounds(start_text).lower
        upper = LATEST if end_text in OPEN_ENDS else _bounds(end_text).upper
        if upper < lower:
            raise ValidationError(
                gettext_lazy("The end of this period comes before its start."),
                code="edtf_end_before_start",
            )
        return DateRange(lower, upper)
    return _bounds(text)


def _bounds(text):
    """The DateRange of one EDTF date (not an interval)."""
    plain = _parse_plain(text)
    if plain is not None:
        return plain
    parsed = _parse_single(text)
    return DateRange(_to_date(parsed.lower_strict()), _to_date(parsed.upper_strict()))


def validate_edtf(value):
    """Model field validator: blank is allowed, anything else must parse."""
    if value:
        parse(value)


def year_range(year_from=None, year_to=None):
    """The day bounds of a filter "from year A to year B" (either may be None)."""
    start = datetime.date(year_from, 1, 1) if year_from else EARLIEST
    end = datetime.date(year_to, 12, 31) if year_to else LATEST
    return start, end


# --- Human-readable form -------------------------------------------------


def humanize(value, *, life=False):
    """Render an EDTF string for readers in the active language: "24–25 September 2025", "circa 1992".

    ``life`` reads an interval as a person's life ("born 27 November 1965"). See archive/datewords.py.
    """
    text = (value or "").strip()
    if not text:
        return ""
    return _humanize(text, get_language() or "en", life)


@functools.lru_cache(maxsize=8192)
def _humanize(text, language, life):
    """``humanize()`` remembered per language: pages show the same dates many times over."""
    try:
        parse(text)
    except ValidationError:
        return text
    return datewords.write(text, language, life=life) or text


# --- ISO 8601 at the date's own precision (JSON-LD, citations) ------------

QUALIFIERS = "~?%"
ISO_PART = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Precise:
    """The ends of an EDTF date as ISO 8601 at the precision it was given: "2025-09", not a day.

    ``start``/``end`` are "" for an open or unknown end; ``qualified`` says the date is
    approximate or uncertain (``~``, ``?``, ``%``) or coarsened from unspecified digits or a season.
    """

    start: str
    end: str
    qualified: bool


def _precise_part(text, bound):
    """``(iso, qualified)`` of one end of an EDTF date; ``bound`` ("lower"/"upper") picks the
    year of a date with no ISO form ("199X", the season "2025-21")."""
    bare = text.strip(QUALIFIERS)
    match = ISO_PART.fullmatch(bare)
    if match and match.group(1) != "0000":
        return bare, bare != text
    return f"{getattr(_bounds(text), bound).year:04d}", True


def precise(value):
    """The Precise form of an EDTF string, or None for a blank or invalid one."""
    text = (value or "").strip()
    try:
        parse(text)
    except ValidationError:
        return None
    start_text, _sep, end_text = text.partition("/") if "/" in text else (text, "", text)
    start, start_q = ("", False) if start_text in OPEN_ENDS else _precise_part(start_text, "lower")
    end, end_q = ("", False) if end_text in OPEN_ENDS else _precise_part(end_text, "upper")
    return Precise(start, end, start_q or end_q)
