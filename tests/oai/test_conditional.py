"""OAI responses carry an ETag and Last-Modified; an unchanged repository answers 304."""

import datetime

import pytest
import time_machine
from django.utils import timezone
from django.utils.http import http_date

from editorial import workflow
from tests import factories as f

pytestmark = pytest.mark.django_db

QUERY = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}


@pytest.fixture
def event(db):
    return f.make_event(title="Open Event")


def test_a_response_has_validators_and_must_be_revalidated(client, event):
    response = client.get("/oai/", QUERY)

    assert response["ETag"].startswith('"')
    assert response["Last-Modified"] == http_date(event.modified.timestamp())
    assert "no-cache" in response["Cache-Control"]


def test_the_same_etag_or_a_later_date_answers_304(client, event):
    first = client.get("/oai/", QUERY)

    by_etag = client.get("/oai/", QUERY, headers={"if-none-match": first["ETag"]})
    by_date = client.get("/oai/", QUERY, headers={"if-modified-since": first["Last-Modified"]})

    assert by_etag.status_code == 304
    assert by_date.status_code == 304
    assert by_etag.content == b""


def test_each_request_has_its_own_etag(client, event):
    identify = client.get("/oai/", {"verb": "Identify"})
    records = client.get("/oai/", QUERY)
    edm = client.get("/oai/", {**QUERY, "metadataPrefix": "edm"})

    assert len({identify["ETag"], records["ETag"], edm["ETag"]}) == 3
    assert client.get("/oai/", QUERY, headers={"if-none-match": identify["ETag"]}).status_code == 200


def test_a_publication_changes_the_etag(client, event):
    author, reviewer, publisher = f.make_editors()
    first = client.get("/oai/", QUERY)
    draft = f.make_event(title="Coming soon", status="draft", created_by=author)
    assert client.get("/oai/", QUERY, headers={"if-none-match": first["ETag"]}).status_code == 304

    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5), tick=False):
        f.publish_through_workflow(draft, author=author, reviewer=reviewer, publisher=publisher)
        again = client.get("/oai/", QUERY, headers={"if-none-match": first["ETag"]})

    assert again.status_code == 200
    assert b"Coming soon" in again.content


def test_an_unpublication_and_an_expiry_change_the_etag(client, event):
    publisher = f.make_user("publisher", is_superuser=True)
    first = client.get("/oai/", QUERY)["ETag"]

    later = timezone.now() + datetime.timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        workflow.schedule(event, by=publisher, go_live_at=None, expire_at=later + datetime.timedelta(hours=1))
        scheduled = client.get("/oai/", QUERY)["ETag"]
    with time_machine.travel(later + datetime.timedelta(hours=2), tick=False):
        expired = client.get("/oai/", QUERY)["ETag"]

    assert len({first, scheduled, expired}) == 3


def test_a_draft_edit_does_not_change_the_etag(client, event):
    first = client.get("/oai/", QUERY)
    draft = f.make_event(title="Secret draft", status="draft")

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=1), tick=False):
        draft.save()
        again = client.get("/oai/", QUERY, headers={"if-none-match": first["ETag"]})

    assert again.status_code == 304


def test_pages_after_a_resumption_token_are_not_conditional(client, event, settings):
    settings.MADENI_OAI_PAGE_SIZE = 1
    f.make_event()
    first = client.get("/oai/", QUERY)
    token = first.content.decode().split('completeListSize="2">')[1].split("<")[0]

    response = client.get("/oai/", {"verb": "ListRecords", "resumptionToken": token})

    assert response.status_code == 200
    assert "ETag" not in response


def test_post_requests_are_not_conditional(client, event):
    first = client.get("/oai/", QUERY)

    response = client.post("/oai/", QUERY, headers={"if-none-match": first["ETag"]})

    assert response.status_code == 200
    assert "ETag" not in response
