"""The Atom feed: the newest public records, in the page language."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone

from archive.models import Status
from tests.factories import make_document, make_event

ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_is_atom_with_the_newest_published_records_first(client, db):
    now = timezone.now()
    make_event(title="Older concert", go_live_at=now - datetime.timedelta(days=10))
    make_document(title="Newer speech", go_live_at=now - datetime.timedelta(days=1))
    make_event(title="Draft concert", status=Status.DRAFT)
    make_event(title="Future concert", go_live_at=now + datetime.timedelta(days=1))
    response = client.get("/en/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles == ["Newer speech", "Older concert"]
    links = [entry.find(f"{ATOM}link").get("href") for entry in feed.iter(f"{ATOM}entry")]
    assert links[0] == "http://testserver/en/documents/newer-speech/"


def test_feed_links_follow_the_language(client, db):
    make_event(title="Concert")
    feed = ET.fromstring(client.get("/kk/feed/").content)  # noqa: S314 - our own feed
    entry = next(feed.iter(f"{ATOM}entry"))
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/kk/events/concert/"
