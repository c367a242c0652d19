"""A record that leaves the public is reported as deleted, so harvesters drop it."""

import datetime

import pytest
import time_machine
from django.utils import timezone
from sickle import Sickle

from archive.models import Status
from editorial import workflow
from oai import identifiers
from tests import factories as f
from tests.oai.helpers import BASE_URL, NS, DjangoAdapter, errors, parse, route_requests, validate

pytestmark = pytest.mark.django_db


@pytest.fixture
def editors(db):
    return f.make_editors()


@pytest.fixture
def live_event(editors):
    author, reviewer, publisher = editors
    event = f.make_event(title="Days of Culture", status=Status.DRAFT, created_by=author)
    f.publish_through_workflow(event, author=author, reviewer=reviewer, publisher=publisher)
    event.refresh_from_db()
    return event


def _headers(client, **query):
    tree = parse(client.get("/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", **query}))
    validate(tree)
    return {header.findtext("oai:identifier", namespaces=NS): header for header in tree.iterfind(".//oai:header", NS)}


def _get(client, record, prefix="oai_dc"):
    query = {"verb": "GetRecord", "identifier": identifiers.for_record(record), "metadataPrefix": prefix}
    tree = parse(client.get("/oai/", query))
    if prefix == "oai_dc":
        validate(tree)
    return tree


def test_an_unpublished_record_is_reported_deleted_to_a_harvester(client, live_event, editors, monkeypatch):
    _author, _reviewer, publisher = editors
    route_requests(monkeypatch, DjangoAdapter(client))
    identifier = identifiers.for_record(live_event)
    assert not next(iter(Sickle(BASE_URL).ListRecords(metadataPrefix="oai_dc"))).deleted

    workflow.unpublish(live_event, by=publisher)

    records = list(Sickle(BASE_URL).ListRecords(metadataPrefix="oai_dc"))
    assert [record.header.identifier for record in records] == [identifier]
    assert records[0].deleted
    assert records[0].header.deleted
    assert not list(Sickle(BASE_URL).ListRecords(metadataPrefix="oai_dc", ignore_deleted=True))


def test_a_deleted_record_has_a_header_and_no_metadata(client, live_event, editors):
    workflow.unpublish(live_event, by=editors[2])

    for prefix in ("oai_dc", "edm"):
        record = _get(client, live_event, prefix).find("oai:GetRecord/oai:record", NS)
        assert record.find("oai:header", NS).get("status") == "deleted"
        assert record.find("oai:metadata", NS) is None
    assert b"Days of Culture" not in client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "edm"}).content


def test_a_deleted_record_is_dated_when_it_left_and_an_incremental_harvest_sees_it(client, live_event, editors):
    before = timezone.now()
    with time_machine.travel(before + datetime.timedelta(hours=1), tick=False):
        workflow.unpublish(live_event, by=editors[2])
    since = (before + datetime.timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")

    headers = _headers(client, **{"from": since})

    header = headers[identifiers.for_record(live_event)]
    assert header.get("status") == "deleted"
    left = (before + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert header.findtext("oai:datestamp", namespaces=NS) == left


def test_an_archived_record_is_reported_deleted(client, live_event, editors):
    workflow.archive(live_event, by=editors[2])

    assert _headers(client)[identifiers.for_record(live_event)].get("status") == "deleted"


def test_a_record_deleted_after_it_was_public_leaves_a_tombstone(client, live_event, editors):
    admin = f.make_user("boss", is_superuser=True)
    identifier = identifiers.for_record(live_event)
    workflow.unpublish(live_event, by=editors[2])

    workflow.delete(live_event, by=admin)

    header = _headers(client)[identifier]
    assert header.get("status") == "deleted"
    assert [spec.text for spec in header.findall("oai:setSpec", NS)] == ["type:event"]
    record = parse(client.get("/oai/", {"verb": "GetRecord", "identifier": identifier, "metadataPrefix": "oai_dc"}))
    assert record.find("oai:GetRecord/oai:record/oai:header", NS).get("status") == "deleted"


def test_a_draft_deleted_before_it_was_ever_public_is_not_mentioned(client, db):
    admin = f.make_user("boss", is_superuser=True)
    f.make_event(title="Public")
    draft = f.make_event(title="Never public", status=Status.DRAFT)
    identifier = identifiers.for_record(draft)

    workflow.delete(draft, by=admin)

    assert identifier not in _headers(client)


def test_an_expired_record_is_reported_deleted_from_its_expiry_with_no_transition(client, live_event, editors):
    expiry = timezone.now() + datetime.timedelta(days=2)
    workflow.schedule(live_event, by=editors[2], go_live_at=None, expire_at=expiry)
    identifier = identifiers.for_record(live_event)
    assert _headers(client)[identifier].get("status") is None

    with time_machine.travel(expiry + datetime.timedelta(days=1), tick=False):
        header = _headers(client)[identifier]

    assert header.get("status") == "deleted"
    assert header.findtext("oai:datestamp", namespaces=NS) == expiry.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_a_record_published_directly_as_expired_is_deleted_and_a_scheduled_one_appears_at_go_live(client, db):
    now = timezone.now()
    expired = f.make_event(title="Expired", expire_at=now - datetime.timedelta(days=1))
    later = now + datetime.timedelta(days=3)
    scheduled = f.make_event(title="Scheduled", go_live_at=later)

    assert _headers(client)[identifiers.for_record(expired)].get("status") == "deleted"
    assert errors(_get(client, scheduled)) == ["idDoesNotExist"]
    with time_machine.travel(later + datetime.timedelta(hours=1), tick=False):
        header = _headers(client)[identifiers.for_record(scheduled)]
    assert header.get("status") is None
    assert header.findtext("oai:datestamp", namespaces=NS) == later.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_a_republished_record_is_live_again(client, live_event, editors):
    author, reviewer, publisher = editors
    workflow.unpublish(live_event, by=publisher)

    f.publish_through_workflow(live_event, author=author, reviewer=reviewer, publisher=publisher)

    record = _get(client, live_event).find("oai:GetRecord/oai:record", NS)
    assert record.find("oai:header", NS).get("status") is None
    assert record.find("oai:metadata", NS) is not None


def test_identify_declares_persistent_deleted_records(client, db):
    tree = parse(client.get("/oai/", {"verb": "Identify"}))

    validate(tree)
    assert tree.findtext("oai:Identify/oai:deletedRecord", namespaces=NS) == "persistent"
