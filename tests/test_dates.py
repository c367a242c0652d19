"""EDTF parsing, bounds and overlap filtering over real archive dates."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from archive import dates
from archive.models import Event
from tests.factories import make_event

D = datetime.date

CASES = [
    # (EDTF, earliest day, latest day)
    ("2025-09-25", D(2025, 9, 25), D(2025, 9, 25)),
    ("2025-09", D(2025, 9, 1), D(2025, 9, 30)),
    ("2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("2024/2025", D(2024, 1, 1), D(2025, 12, 31)),
    ("2013/2022", D(2013, 1, 1), D(2022, 12, 31)),
    ("2019-09-12/2019-10-12", D(2019, 9, 12), D(2019, 10, 12)),
    ("1992~", D(1992, 1, 1), D(1992, 12, 31)),
    ("1992?", D(1992, 1, 1), D(1992, 12, 31)),
    ("2004/..", D(2004, 1, 1), dates.LATEST),
    ("../1991", dates.EARLIEST, D(1991, 12, 31)),
    ("2004/", D(2004, 1, 1), dates.LATEST),
    ("199X", D(1990, 1, 1), D(1999, 12, 31)),
    ("19XX", D(1900, 1, 1), D(1999, 12, 31)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2025-21", D(2025, 3, 1), D(2025, 5, 31)),
    ("2004-06~/2006-08", D(2004, 6, 1), D(2006, 8, 31)),
    ("1925-05-03/1998-01-21", D(1925, 5, 3), D(1998, 1, 21)),
    ("2025-09-25T10:00:00Z", D(2025, 9, 25), D(2025, 9, 25)),
]


@pytest.mark.parametrize(("value", "lower", "upper"), CASES)
def test_it_computes_bounds_of_real_archive_dates(value, lower, upper):
    assert dates.parse(value) == dates.DateRange(lower, upper)


@pytest.mark.parametrize(
    "value",
    ["2025-02-30", "September 2025", "2025/2024", "2025-13-01", "../..", "2020/2021/2022", "x" * 100, "-0500", "abc"],
)
def test_it_rejects_invalid_or_reversed_dates(value):
    with pytest.raises(ValidationError):
        dates.parse(value)


def test_it_explains_an_end_before_its_start():
    with pytest.raises(ValidationError) as excinfo:
        dates.parse("2025/2019")
    assert excinfo.value.code == "edtf_end_before_start"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2025-09-25", "25 September 2025"),
        ("2025-09", "September 2025"),
        ("2024/2025", "2024–2025"),
        ("1992~", "circa 1992"),
        ("2004/..", "since 2004"),
        ("199X", "1990s"),
        ("", ""),
        ("not a date", "not a date"),
    ],
)
def test_it_renders_dates_for_readers(value, words):
    assert dates.humanize(value) == words


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "year", "found"),
    [
        ("2024/2025", 2025, True),
        ("2024/2025", 2024, True),
        ("2024/2025", 2023, False),
        ("2025-09-25", 2025, True),
        ("2025-09", 2026, False),
        ("2004/..", 2025, True),
        ("2004/..", 2003, False),
        ("199X", 1992, True),
        ("1992~", 1992, True),
        ("1992~", 1993, False),
        ("2013/2022", 2020, True),
        ("2013/2022", 2023, False),
    ],
)
def test_year_filter_uses_overlap_semantics(value, year, found):
    event = make_event(date=value)
    assert (event in Event.objects.overlapping_years(year, year)) is found


@pytest.mark.django_db
def test_year_range_filter_with_open_ends():
    old = make_event(date="1997")
    ongoing = make_event(date="2004/..")
    recent = make_event(date="2025-09-25")
    assert set(Event.objects.overlapping_years(2000, None)) == {ongoing, recent}
    assert set(Event.objects.overlapping_years(None, 1999)) == {old}


@pytest.mark.django_db
def test_sorting_by_lower_bound_orders_partial_dates_correctly():
    a = make_event(date="2025-09-25")
    b = make_event(date="2025-09")
    c = make_event(date="2024/2025")
    d = make_event(date="199X")
    ordered = list(Event.objects.order_by("date_lower", "date_upper"))
    assert ordered == [d, c, b, a]


@pytest.mark.django_db
def test_undated_record_has_no_bounds_and_is_not_in_year_filters():
    event = make_event(date="")
    assert event.date_lower is None and event.date_upper is None
    assert not Event.objects.overlapping_years(2025, 2025).filter(pk=event.pk).exists()


@pytest.mark.parametrize(
    ("language", "value", "words"),
    [
        ("ru", "2025-09-25", "25 сентября 2025 г."),
        ("ru", "2025-09", "сентябрь 2025 г."),
        ("ru", "1992~", "около 1992 г."),
        ("ru", "199X", "1990-е гг."),
        ("kk", "2025-09-25", "2025 ж. 25 қыркүйек"),
        ("kk", "2004/..", "2004 жылдан бері"),
        ("fr", "2025-09", "septembre 2025"),
    ],
)
def test_dates_read_naturally_in_each_language(language, value, words):
    from django.utils import translation

    with translation.override(language):
        assert dates.humanize(value) == words
