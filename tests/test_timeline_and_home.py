"""The home page (the timeline has tests/test_timeline.py)."""

import datetime

from django.utils import timezone

from archive.models import Status
from tests.factories import make_document, make_event, make_program


def test_home_shows_whats_new_featured_programs_every_record_type_and_a_search_box(client, db):
    make_program(title="Cultural Heritage", featured=True)
    make_program(title="Not featured")
    make_program(title="Featured draft", featured=True, status=Status.DRAFT)
    make_event(title="Gala concert")
    make_document(title="Opening speech")
    response = client.get("/en/")
    body = response.content.decode()
    assert [p.title for p in response.context["featured_programs"]] == ["Cultural Heritage"]
    assert "Gala concert" in body and "Opening speech" in body
    for segment in ("events", "people", "programs", "documents", "organizations", "places", "photos"):
        assert f'href="/en/{segment}/"' in body
    assert 'action="/en/search/"' in body
    assert 'name="q"' in body


def test_whats_new_lists_the_most_recently_published_events_first(client, db):
    now = timezone.now()
    make_event(title="Old news", date="2025-09", go_live_at=now - datetime.timedelta(days=30))
    make_event(title="Just published", date="1992", go_live_at=now - datetime.timedelta(hours=1))
    make_event(title="Scheduled", date="2026", go_live_at=now + datetime.timedelta(days=1))
    latest = [event.title for event in client.get("/en/").context["latest_events"]]
    assert latest == ["Just published", "Old news"]
