"""The exports show nothing the public may not see, and no query string makes them fail.

Uses the never-leak world (tests/test_never_leak.py): records in every hidden state, all
named "Secret…", linked from public ones wherever a link can be made.
"""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.record_types import RECORD_TYPES
from tests.test_hostile_query_strings import _bytes, query_strings
from tests.test_never_leak import _build_world

EXPORTS = [f"/{{lang}}/{record_type.segment}/export.{fmt}" for record_type in RECORD_TYPES for fmt in ("csv", "json")]
SEARCH_EXPORTS = [
    "/{lang}/search/export.csv?q=Secret",
    "/{lang}/search/export.json?q=secret&type=event&sort=newest",
    "/{lang}/search/export.csv?q=%22Secret+draft%22+or+Сикрет",
    "/{lang}/search/export.json?q=Open",
]


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return _build_world()


def _text(response, url):
    assert response.status_code == 200, url
    return b"".join(response.streaming_content).decode()


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_no_export_mentions_a_hidden_record(client, world, lang):
    for url in (page.format(lang=lang) for page in EXPORTS + SEARCH_EXPORTS):
        assert "secret" not in _text(client.get(url), url).lower(), f"{url} shows a hidden record"


def test_exports_do_list_the_public_records(client, world):
    public, _hidden = world
    text = _text(client.get("/en/events/export.csv"), "events")
    events = [record for record in public if record._meta.model_name == "event"]
    assert events and all(record.slug in text for record in events)


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(url=st.sampled_from(EXPORTS), query=query_strings)
def test_no_query_string_makes_an_export_fail(client, url, query):
    encoded = urlencode([(_bytes(name), _bytes(value)) for name, value in query])
    response = client.get(f"{url.format(lang='en')}?{encoded}")
    assert response.status_code in (200, 400, 404)
    if response.status_code == 200:
        b"".join(response.streaming_content)
