"""The public "updated" time (Atom feed, sitemap) moves only when the public version changes.

Saving pending changes on a live record, and taking them through review, changes nothing the
public sees; publishing them does, and so does taking the record off the site.
"""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from archive.models import Event, Status
from editorial import content, workflow
from tests.factories import make_event

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _feed_updated(client):
    feed = ET.fromstring(client.get("/en/feed/").content)  # noqa: S314 - our own feed
    entries = [entry.find(f"{ATOM}updated").text for entry in feed.iter(f"{ATOM}entry")]
    return feed.find(f"{ATOM}updated").text, entries


def _sitemap_lastmod(client):
    sitemap = ET.fromstring(client.get("/sitemap-events.xml").content)  # noqa: S314 - our own sitemap
    return {url.find(f"{SITEMAP}lastmod").text for url in sitemap.iter(f"{SITEMAP}url")}


def _days_later(monkeypatch, days):
    # Mid-morning UTC: the same calendar day in UTC (feed) and in Almaty (sitemap).
    later = timezone.now().replace(hour=6, minute=0) + datetime.timedelta(days=days)
    monkeypatch.setattr(timezone, "now", lambda: later)
    return later


@pytest.fixture
def live_event(author, reviewer, publisher):
    event = make_event(title="Abai at the Opera", status=Status.DRAFT, created_by=author)
    workflow.submit(event, by=author)
    workflow.approve(event, by=reviewer)
    workflow.publish(event, by=publisher)
    return event


def _edit_and_review(event, author, reviewer):
    data = content.serialize(event)
    data["fields"]["summary_en"] = "A new summary, not public yet"
    workflow.save_pending(event, data, by=author)
    workflow.submit(event, by=author)
    workflow.approve(event, by=reviewer)


def test_pending_changes_and_their_review_leave_the_public_updated_time(
    client, live_event, author, reviewer, monkeypatch
):
    feed_before, sitemap_before = _feed_updated(client), _sitemap_lastmod(client)
    _days_later(monkeypatch, 3)

    _edit_and_review(live_event, author, reviewer)

    assert Event.objects.get().has_pending_changes
    assert _feed_updated(client) == feed_before
    assert _sitemap_lastmod(client) == sitemap_before


def test_publishing_pending_changes_moves_the_public_updated_time(
    client, live_event, author, reviewer, publisher, monkeypatch
):
    later = _days_later(monkeypatch, 3)
    _edit_and_review(live_event, author, reviewer)

    workflow.publish(live_event, by=publisher)

    feed_updated, entries = _feed_updated(client)
    assert feed_updated.startswith(later.date().isoformat()) and entries == [feed_updated]
    assert _sitemap_lastmod(client) == {later.date().isoformat()}


@pytest.mark.parametrize("action", ["unpublish", "archive"])
def test_taking_a_record_off_the_site_moves_its_modified_time(live_event, publisher, monkeypatch, action):
    later = _days_later(monkeypatch, 3)

    getattr(workflow, action)(live_event, by=publisher)

    assert Event.objects.get().modified == later
