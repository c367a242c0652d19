"""Unknown, malformed or hostile query parameters never give a 500, and are escaped when echoed."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_country, make_event, make_program
from tests.public_urls import LIST_PAGES

KNOWN_PARAMETERS = [
    "type",
    "country",
    "city",
    "program",
    "person",
    "author",
    "organization",
    "event",
    "theme",
    "language",
    "year_from",
    "year_to",
    "sort",
    "page",
    "more",
    "q",
]
HOSTILE_VALUES = [
    "abc",
    "-1",
    "0",
    "99999999999999999999",
    "1e5",
    "",
    "x" * 10_000,
    "' OR 1=1 --",
    "'; DROP TABLE archive_event; --",
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "\x00",
    "a\x00b",
    "%00",
    "../../etc/passwd",
    "ә ғ қ ң ө ұ ү һ і",
    "\ud7ff\ue000",
    "last",
]


@pytest.fixture
def archive(db):
    france = make_country()
    program = make_program(title="Days of Culture")
    for year in range(2001, 2006):
        make_event(title=f"Concert {year}", date=str(year), place=france, programs=[program])


@pytest.mark.parametrize("list_url", LIST_PAGES)
def test_hostile_values_of_every_parameter_give_a_clean_answer(client, archive, list_url):
    url = list_url.format(lang="en")
    parameters = [*client.get(url).context["filter"].filters, "page", "more", "unknown"]
    for parameter in parameters:
        for value in HOSTILE_VALUES:
            response = client.get(url, {parameter: value})
            assert response.status_code in (200, 400, 404), (parameter, value[:40])
            if response.status_code == 200:
                body = response.content.decode()
                assert "<script>alert(1)" not in body
                assert "<img src=x" not in body


def test_a_page_beyond_the_end_is_not_found(client, archive):
    assert client.get("/en/events/?page=2").status_code == 404
    assert client.get("/en/events/?page=-1").status_code == 404
    assert client.get("/en/events/?page=last").status_code == 200


def test_an_unreadable_year_shows_an_empty_list_with_a_notice(client, archive):
    response = client.get("/en/events/?year_from=abc")
    assert response.status_code == 200
    assert response.context["paginator"].count == 0
    assert response.context["filter_errors"]


def test_an_unknown_slug_is_echoed_escaped_in_its_chip(client, archive):
    response = client.get("/en/events/", {"country": "<b>bold</b>"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "&lt;b&gt;bold&lt;/b&gt;" in body
    assert "<b>bold</b>" not in body


def _bytes(text):
    """Lone surrogates (which hypothesis generates) cannot be UTF-8; browsers send them mangled too."""
    return text.encode("utf-8", "surrogatepass")


query_values = st.text(max_size=300) | st.sampled_from(HOSTILE_VALUES)
query_strings = st.lists(
    st.tuples(st.sampled_from(KNOWN_PARAMETERS) | st.text(min_size=1, max_size=20), query_values), max_size=6
)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(list_url=st.sampled_from(LIST_PAGES), lang=st.sampled_from(["en", "kk", "ru", "fr"]), query=query_strings)
def test_no_query_string_makes_a_list_fail(client, list_url, lang, query):
    encoded = urlencode([(_bytes(name), _bytes(value)) for name, value in query])
    response = client.get(f"{list_url.format(lang=lang)}?{encoded}")
    assert response.status_code in (200, 400, 404)
