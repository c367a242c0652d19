"""The timeline by year and the home page."""

import datetime

from django.utils import timezone

from archive.models import Status
from tests.factories import make_document, make_event, make_program


def test_timeline_counts_events_by_year_and_shows_the_newest_year_first(client, db):
    make_event(title="Forum", date="2019-06")
    make_event(title="Concert", date="2025-09")
    make_event(title="Season", date="2024/2025")
    response = client.get("/en/timeline/")
    assert [(row["year"], row["count"]) for row in response.context["years"]] == [(2025, 1), (2024, 1), (2019, 1)]
    assert response.context["year"] == 2025
    assert [event.title for event in response.context["events"]] == ["Season", "Concert"]


def test_timeline_shows_the_year_asked_for_and_ignores_nonsense(client, db):
    make_event(title="Forum", date="2019-06")
    make_event(title="Concert", date="2025-09")
    assert [e.title for e in client.get("/en/timeline/?year=2019").context["events"]] == ["Forum"]
    for nonsense in ("abc", "-1", "99999", "1800", "<b>"):
        response = client.get("/en/timeline/", {"year": nonsense})
        assert response.status_code == 200
        assert response.context["year"] == 2025


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
