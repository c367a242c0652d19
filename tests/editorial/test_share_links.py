"""Signed share links: pinned to one revision, expire, can be revoked, every use audited."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from archive.models import Event
from editorial import workflow
from editorial.models import AuditEntry, ShareLink
from tests.editorial.admin_forms import edit, editorial_url
from tests.factories import make_event


@pytest.fixture
def live_with_pending(client, author):
    event = make_event(title="Days of Culture", summary="Live summary", created_by=author)
    client.force_login(author)
    edit(client, event, summary_en="Pending summary")
    client.logout()
    return Event.objects.get(pk=event.pk)


def _url(link):
    return reverse("editorial:share", args=[link.token])


def test_anyone_with_the_link_reads_the_pinned_revision(live_with_pending, publisher, author):
    link = workflow.share(live_with_pending, by=publisher, days=7)
    # Later edits do not move a pinned link.
    client = Client()
    client.force_login(author)
    edit(client, live_with_pending, summary_en="Even newer summary")

    response = Client().get(_url(link))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Pending summary" in page and "Even newer" not in page
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    used = AuditEntry.objects.filter(action="share_used")
    assert used.count() == 1 and used.get().revision == link.revision and used.get().actor is None
    Client().get(_url(link))
    assert used.count() == 2


def test_expired_link_is_403(live_with_pending, publisher):
    link = workflow.share(live_with_pending, by=publisher, days=1)
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=2)):
        response = Client().get(_url(link))
    assert response.status_code == 403
    assert "Pending summary" not in response.content.decode()


def test_revoked_link_is_403(client, live_with_pending, publisher):
    link = workflow.share(live_with_pending, by=publisher)
    client.force_login(publisher)
    client.post(editorial_url(live_with_pending, "share"), {"days": 1, "revoke": link.pk})
    assert ShareLink.objects.get(pk=link.pk).revoked_at is not None
    assert Client().get(_url(link)).status_code == 403
    assert AuditEntry.objects.filter(action="share_revoked").count() == 1


def test_unknown_token_is_404():
    assert Client().get(reverse("editorial:share", args=["nope"])).status_code == 404


def test_only_publishers_issue_links(client, live_with_pending, reviewer, publisher):
    with pytest.raises(workflow.Refused):
        workflow.share(live_with_pending, by=reviewer)
    client.force_login(reviewer)
    assert client.post(editorial_url(live_with_pending, "share"), {"days": 3}).status_code == 403
    client.force_login(publisher)
    response = client.post(editorial_url(live_with_pending, "share"), {"days": 3}, follow=True)
    link = ShareLink.objects.get()
    assert _url(link) in response.content.decode()
    assert AuditEntry.objects.filter(action="share").count() == 1


@pytest.mark.parametrize("withdraw", ["archive", "delete"])
def test_link_to_a_withdrawn_record_is_gone(live_with_pending, publisher, withdraw):
    link = workflow.share(live_with_pending, by=publisher)
    if withdraw == "archive":
        workflow.archive(live_with_pending, by=publisher)
    else:
        live_with_pending.delete()

    response = Client().get(_url(link))

    assert response.status_code == 410
    page = response.content.decode()
    assert "withdrawn" in page and "Pending summary" not in page and "Days of Culture" not in page
    assert "no-store" in response["Cache-Control"]
    assert not AuditEntry.objects.filter(action="share_used").exists()
