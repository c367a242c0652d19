"""Parsing an EDTF string is slow (pyparsing), so each distinct string is parsed once."""

from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from archive import dates


def test_the_same_date_string_is_parsed_once():
    dates._parse_text.cache_clear()
    with mock.patch("archive.dates.parse_edtf", wraps=dates.parse_edtf) as parser:
        # Plain years, months and days skip the grammar altogether; qualified ones use it once.
        first = dates.parse("1993-04~")
        assert dates.parse(" 1993-04~ ") == first
        assert dates.humanize("1993-04~") == "circa April 1993"
    assert parser.call_count == 1


def test_invalid_dates_still_raise_every_time():
    for _attempt in range(2):
        with pytest.raises(ValidationError):
            dates.parse("not a date")
