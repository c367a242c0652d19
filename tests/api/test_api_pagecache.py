"""With the page cache on, API answers are cached for anonymous readers and retired by any unpublish."""

import pytest
from django.core.cache import cache

from editorial import workflow
from tests.factories import make_editors, make_event, make_person


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.MADENI_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_unpublished_record_leaves_cached_api_answers_at_once(client, django_capture_on_commit_callbacks):
    _author, _reviewer, publisher = make_editors()
    with django_capture_on_commit_callbacks(execute=True):
        person = make_person(name="Aida Balayeva")
        event = make_event(title="Gala", participants=[person])
    list_url, detail_url = "/api/v1/people/", f"/api/v1/events/{event.slug}/"
    assert client.get(list_url)["X-Cache"] == "miss"
    assert client.get(detail_url)["X-Cache"] == "miss"
    assert client.get(list_url)["X-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        workflow.unpublish(person, by=publisher)

    people = client.get(list_url)
    detail = client.get(detail_url)
    assert people["X-Cache"] == "miss" and detail["X-Cache"] == "miss"
    assert person.slug not in people.content.decode()
    assert detail.json()["participants"] == []


@pytest.mark.django_db
def test_cached_api_answer_keeps_its_cors_header_and_etag(client):
    make_event()
    client.get("/api/v1/events/")

    hit = client.get("/api/v1/events/", headers={"origin": "https://example.org"})

    assert hit["X-Cache"] == "hit"
    assert hit["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v1/events/", headers={"if-none-match": hit["ETag"]}).status_code == 304
