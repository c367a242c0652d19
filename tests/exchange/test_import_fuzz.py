"""No file makes the import fail: it is refused as a whole or reported row by row, and nothing is written."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.models import Event
from exchange import importer
from tests.factories import make_user

HEADERS = ["slug", "title_en", "date", "event_type", "place", "programs", "themes", "url", "nonsense", ""]
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner), max_leaves=6
)


@pytest.fixture
def boss(db):
    return make_user("boss", is_superuser=True)


def _try(data, fmt, boss):
    try:
        report = importer.run(Event, data, fmt, by=boss, dry_run=True)
    except importer.FileRefused:
        return
    assert all(error.row >= 0 for error in report.errors)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300) | st.builds(lambda h, r: h + "\n" + r, st.just(",".join(HEADERS)), st.text()))
def test_no_csv_text_makes_the_import_fail(boss, text):
    _try(text.encode("utf-8", "surrogatepass"), "csv", boss)
    assert not Event.objects.exists()


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.dictionaries(st.sampled_from(HEADERS), values, max_size=5), max_size=4) | values)
def test_no_json_value_makes_the_import_fail(boss, rows):
    _try(json.dumps(rows).encode(), "json", boss)
    assert not Event.objects.exists()
