"""Signed share links: pinned to one revision, expire, can be revoked, every use audited."""

import datetime
import hashlib
import re

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from archive.models import Event
from editorial import workflow
from editorial.models import AuditEntry, ShareLink
from tests.editorial.admin_forms import change_url, edit, editorial_url
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
    assert used.count() == 1  # later views are counted on the link (below)


def test_views_are_counted_on_the_link_and_only_the_first_is_audited(live_with_pending, publisher):
    link = workflow.share(live_with_pending, by=publisher)
    for _ in range(20):
        assert Client().head(_url(link)).status_code == 200
    Client().get(_url(link))

    link.refresh_from_db()
    assert link.view_count == 21 and link.last_viewed_at is not None
    used = AuditEntry.objects.filter(action="share_used")
    assert used.count() == 1 and "opened" in used.get().comment


def test_refused_views_are_not_counted(live_with_pending, publisher):
    link = workflow.share(live_with_pending, by=publisher)
    workflow.revoke_share_link(link, by=publisher)
    Client().get(_url(link))
    link.refresh_from_db()
    assert link.view_count == 0 and not AuditEntry.objects.filter(action="share_used").exists()


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
    assert ShareLink.objects.count() == 1
    assert Client().get(_shown_url(response)).status_code == 200
    assert AuditEntry.objects.filter(action="share").count() == 1


def _shown_url(response):
    found = re.search(r"https?://testserver(/editorial/share/[^/\s<\"]+/)", response.content.decode())
    assert found, "no share link on the page"
    return found.group(1)


def test_tokens_are_stored_only_as_their_hash(live_with_pending, publisher):
    link = workflow.share(live_with_pending, by=publisher)

    stored = ShareLink.objects.values().get(pk=link.pk)
    assert link.token not in str(stored)
    assert stored["token_hash"] == hashlib.sha256(link.token.encode()).hexdigest()
    assert Client().get(_url(link)).status_code == 200


def test_publisher_sees_the_full_link_once(client, live_with_pending, publisher):
    client.force_login(publisher)
    created = client.post(editorial_url(live_with_pending, "share"), {"days": 3}, follow=True)
    url = _shown_url(created)
    token = url.split("/")[-2]

    later = client.get(change_url(live_with_pending)).content.decode()
    assert token not in later
    assert "Revoke" in later  # the link is still listed, to revoke it
    assert Client().get(url).status_code == 200


@pytest.mark.parametrize(
    ("token", "status"),
    [("nope", 404), ("A" * 43, 404), ("x" * 300, 404), ("%00", 400)],  # a NUL byte is refused before any lookup
)
def test_bad_or_unknown_tokens_are_refused(live_with_pending, publisher, token, status):
    workflow.share(live_with_pending, by=publisher)
    assert Client().get(f"/editorial/share/{token}/").status_code == status


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
