"""Lists come in pages with stateless resumption tokens, and select by datestamp at either granularity."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from oai import identifiers
from tests import factories as f
from tests.oai.helpers import NS, errors, parse, validate

pytestmark = pytest.mark.django_db

T0 = datetime.datetime(2025, 3, 1, 10, 0, 0, tzinfo=datetime.UTC)


def _at(moment, make, **fields):
    with time_machine.travel(moment, tick=False):
        return make(**fields)


def _page(client, **query):
    tree = parse(client.get("/oai/", {"verb": "ListIdentifiers", **query}))
    validate(tree)
    token = tree.find("oai:ListIdentifiers/oai:resumptionToken", NS)
    found = [element.text for element in tree.iterfind(".//oai:header/oai:identifier", NS)]
    return found, token


def _harvest(client, between_pages=None, **query):
    found, token = _page(client, metadataPrefix="oai_dc", **query)
    pages = [(found, token)]
    while token is not None and token.text:
        if between_pages:
            between_pages(len(pages))
        found, token = _page(client, resumptionToken=token.text)
        pages.append((found, token))
    return pages


def test_pages_carry_cursor_and_complete_list_size(client, db, settings):
    settings.MADENI_OAI_PAGE_SIZE = 3
    events = [f.make_event(title=f"Event {n}") for n in range(8)]

    pages = _harvest(client)

    assert [len(found) for found, _token in pages] == [3, 3, 2]
    assert [token.get("cursor") for _found, token in pages] == ["0", "3", "6"]
    assert {token.get("completeListSize") for _found, token in pages} == {"8"}
    assert pages[-1][1].text is None, "the last page has an empty resumption token"
    harvested = [identifier for found, _token in pages for identifier in found]
    assert harvested == [identifiers.for_record(event) for event in events]


def test_a_complete_list_in_one_page_has_no_resumption_token(client, db):
    f.make_event()

    _found, token = _page(client, metadataPrefix="oai_dc")

    assert token is None


def test_records_changed_during_a_harvest_are_neither_skipped_nor_repeated(client, db, settings):
    settings.MADENI_OAI_PAGE_SIZE = 2
    events = [_at(T0 + datetime.timedelta(minutes=n), f.make_event, title=f"Event {n}") for n in range(6)]
    seen_early, unseen = events[0], events[4]
    started = T0 + datetime.timedelta(days=1)

    def edit(page):
        if page == 1:  # after the first page: change one record already given and one still to come
            for event in (seen_early, unseen):
                event.summary = "Edited"
                event.save()

    with time_machine.travel(started, tick=False):
        harvested = [i for found, _token in _harvest(client, between_pages=edit) for i in found]
        since = started.strftime("%Y-%m-%dT%H:%M:%SZ")
        incremental, _token = _page(client, metadataPrefix="oai_dc", **{"from": since})

    assert harvested == [identifiers.for_record(event) for event in events]
    assert incremental == [identifiers.for_record(seen_early), identifiers.for_record(unseen)]


def test_a_record_published_during_a_harvest_is_seen_at_the_end(client, db, settings):
    settings.MADENI_OAI_PAGE_SIZE = 2
    events = [_at(T0 + datetime.timedelta(minutes=n), f.make_event) for n in range(4)]
    added = []

    def publish(page):
        if page == 1:
            added.append(f.make_event(title="New"))

    harvested = [i for found, _token in _harvest(client, between_pages=publish) for i in found]

    assert harvested == [identifiers.for_record(event) for event in [*events, *added]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"from": "2025-03-01T10:01:00Z"}, [1, 2, 3]),
        ({"from": "2025-03-01T10:00:01Z"}, [1, 2, 3]),
        ({"until": "2025-03-01T10:01:00Z"}, [0, 1]),
        ({"until": "2025-03-01T10:00:59Z"}, [0]),
        ({"from": "2025-03-01T10:01:00Z", "until": "2025-03-01T10:01:00Z"}, [1]),
        ({"from": "2025-03-02"}, [3]),
        ({"until": "2025-03-01"}, [0, 1, 2]),
        ({"from": "2025-03-01", "until": "2025-03-01"}, [0, 1, 2]),
    ],
)
def test_from_and_until_select_by_datestamp_inclusively(client, db, query, expected):
    moments = [
        T0,
        T0 + datetime.timedelta(minutes=1),
        T0 + datetime.timedelta(hours=5),
        T0 + datetime.timedelta(days=1),
    ]
    events = [_at(moment, f.make_event) for moment in moments]

    found, _token = _page(client, metadataPrefix="oai_dc", **query)

    assert found == [identifiers.for_record(events[n]) for n in expected]


def test_datestamps_are_utc_to_the_second(client, db):
    moment = datetime.datetime(2025, 3, 1, 23, 30, 15, 500_000, tzinfo=timezone.get_fixed_timezone(360))
    _at(moment, f.make_event)

    tree = parse(client.get("/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}))

    assert tree.findtext(".//oai:header/oai:datestamp", namespaces=NS) == "2025-03-01T17:30:15Z"


def test_identify_gives_the_earliest_datestamp(client, db):
    _at(T0, f.make_event)
    _at(T0 + datetime.timedelta(days=3), f.make_person)

    tree = parse(client.get("/oai/", {"verb": "Identify"}))

    assert tree.findtext("oai:Identify/oai:earliestDatestamp", namespaces=NS) == "2025-03-01T10:00:00Z"


def test_a_token_past_the_end_of_a_shrunken_list_is_refused(client, db, settings):
    settings.MADENI_OAI_PAGE_SIZE = 1
    first, second = f.make_event(), f.make_event()
    _found, token = _page(client, metadataPrefix="oai_dc")
    second.delete()

    tree = parse(client.get("/oai/", {"verb": "ListIdentifiers", "resumptionToken": token.text}))

    assert errors(tree) == ["badResumptionToken"]
    assert first.pk


def test_identifiers_use_the_configured_repository_and_ignore_the_host(client, db, settings):
    event = f.make_event()
    settings.MADENI_OAI_REPOSITORY_ID = "archive.example.org"
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]

    for host in ("testserver", "other.example"):
        query = {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}
        tree = parse(client.get("/oai/", query, headers={"host": host}))
        assert tree.findtext(".//oai:identifier", namespaces=NS) == f"oai:archive.example.org:event/{event.pk}"


def test_the_repository_identifier_defaults_to_the_site_host(settings):
    settings.MADENI_OAI_REPOSITORY_ID = ""
    settings.SITE_URL = "https://madeni.example.kz"
    assert identifiers.repository_id() == "madeni.example.kz"
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert identifiers.repository_id() == "madeni.local"
