"""Plain years, months and days skip the EDTF grammar and mean exactly what it says they mean."""

import pytest
from django.core.exceptions import ValidationError
from edtf import parse_edtf, struct_time_to_date

from archive import dates


@pytest.mark.parametrize(
    "text",
    ["2025", "0001", "9999", "2025-09", "2024-02", "2023-02", "1900-02", "2000-02", "2025-09-25", "2024-02-29"],
)
def test_plain_dates_have_the_bounds_edtf_gives_them(text):
    parsed = parse_edtf(text)
    expected = (struct_time_to_date(parsed.lower_strict()), struct_time_to_date(parsed.upper_strict()))
    bounds = dates.parse(text)
    assert (bounds.lower, bounds.upper) == expected


@pytest.mark.parametrize("text", ["2023-02-29", "2025-13", "2025-00", "2025-09-31", "2025-09-00", "0000"])
def test_impossible_plain_dates_are_still_refused(text):
    with pytest.raises(ValidationError):
        dates.parse(text)


def test_a_season_goes_to_the_full_parser():
    assert dates.parse("2025-21").lower.year == 2025


def test_intervals_of_plain_dates_use_the_fast_bounds():
    bounds = dates.parse("2024-02/2025")
    assert (bounds.lower.isoformat(), bounds.upper.isoformat()) == ("2024-02-01", "2025-12-31")
