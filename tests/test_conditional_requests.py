"""Feeds, sitemaps and files answer 304 while nothing the public sees has changed."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from archive.models import Status
from tests.factories import make_document, make_event, make_photo
from tests.media import files
from tests.media.helpers import fetch

pytestmark = pytest.mark.django_db

FEED_AND_SITEMAPS = ["/en/feed/", "/kk/feed/", "/sitemap.xml", "/sitemap-events.xml", "/sitemap-pages.xml"]


@pytest.mark.parametrize("url", [url for url in FEED_AND_SITEMAPS if url != "/sitemap-pages.xml"])
def test_answers_304_to_its_etag_or_date_without_building_the_answer(client, url):
    make_event(title="Gala")
    with CaptureQueriesContext(connection) as built:
        first = client.get(url)
    built_queries = len(built)  # the next request empties the query log
    assert first.status_code == 200
    assert first["ETag"] and first["Last-Modified"]

    with CaptureQueriesContext(connection) as by_etag:
        again = client.get(url, headers={"if-none-match": first["ETag"]})
    answered_queries = len(by_etag)
    by_date = client.get(url, headers={"if-modified-since": first["Last-Modified"]})

    assert (again.status_code, by_date.status_code) == (304, 304)
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert answered_queries < built_queries


@pytest.mark.parametrize("url", FEED_AND_SITEMAPS)
def test_a_new_public_record_changes_the_answer(client, url):
    make_event(title="Gala")
    etag = client.get(url)["ETag"]

    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        make_event(title="Concert")
        assert client.get(url, headers={"if-none-match": etag}).status_code == 200


def test_an_unpublished_record_changes_the_answer(client):
    from editorial import workflow
    from tests.factories import make_user

    event = make_event(title="Gala")
    etag = client.get("/sitemap-events.xml")["ETag"]

    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        workflow.unpublish(event, by=make_user(is_superuser=True))
        response = client.get("/sitemap-events.xml", headers={"if-none-match": etag})

    assert response.status_code == 200
    assert b"gala" not in response.content


def test_a_draft_saved_changes_nothing(client):
    make_event(title="Gala")
    etag = client.get("/en/feed/")["ETag"]

    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        make_event(title="Not yet", status=Status.DRAFT)
        assert client.get("/en/feed/", headers={"if-none-match": etag}).status_code == 304


def test_a_record_going_live_without_a_write_changes_the_answer(client):
    make_event(title="Gala")
    make_event(title="Premiere", go_live_at=timezone.now() + datetime.timedelta(hours=1))
    etag = client.get("/en/feed/")["ETag"]

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        response = client.get("/en/feed/", headers={"if-none-match": etag})

    assert response.status_code == 200
    assert b"Premiere" in response.content


def test_each_address_has_its_own_etag(client):
    make_event(title="Gala")

    etags = {client.get(url)["ETag"] for url in FEED_AND_SITEMAPS}

    assert len(etags) == len(FEED_AND_SITEMAPS)


def test_page_cache_serves_the_same_etag_and_answers_304(client, settings):
    settings.MADENI_PAGE_CACHE_SECONDS = 60
    make_event(title="Gala")
    first = client.get("/sitemap-events.xml")
    cached = client.get("/sitemap-events.xml")

    again = client.get("/sitemap-events.xml", headers={"if-none-match": first["ETag"]})

    assert cached["X-Cache"] == "hit"
    assert cached["ETag"] == first["ETag"]
    assert again.status_code == 304


def test_public_file_answers_304_to_its_etag_and_keeps_its_cache_header(client, media_root):
    photo = make_photo(image=files.upload("public.jpg", files.jpeg_bytes()))
    url = photo.rendition_url("large", "webp")
    first = fetch(client, url)

    again = client.get(url, headers={"if-none-match": first["ETag"]})

    assert first["ETag"].startswith('"') and not first["ETag"].startswith("W/")
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == first["Cache-Control"] == "public, max-age=3600"


def test_document_file_answers_304_to_its_etag(client, media_root):
    document = make_document(file=files.upload("nomination.pdf", files.pdf_bytes()))
    first = fetch(client, document.download_url())

    assert first.status_code == 200
    assert client.get(document.download_url(), headers={"if-none-match": first["ETag"]}).status_code == 304


def test_a_new_rendition_has_a_new_etag(client, media_root):
    photo = make_photo(image=files.upload("one.jpg", files.jpeg_bytes()))
    etag = fetch(client, photo.rendition_url("medium"))["ETag"]

    photo.image = files.upload("two.jpg", files.jpeg_bytes(900, 900))
    photo.save()
    photo.refresh_from_db()

    assert fetch(client, photo.rendition_url("medium"))["ETag"] != etag


def test_hidden_file_is_not_found_whatever_etag_is_sent(client, media_root):
    photo = make_photo(image=files.upload("public.jpg", files.jpeg_bytes()))
    url = photo.rendition_url("large")
    etag = fetch(client, url)["ETag"]
    photo.status = Status.DRAFT
    photo.save()

    assert client.get(url, headers={"if-none-match": etag}).status_code == 404


def test_the_last_public_change_is_read_in_one_query(django_assert_num_queries):
    from oai.records import last_change

    make_event(title="Gala")
    last_change(timezone.now())  # content types cached

    with django_assert_num_queries(1):
        assert last_change(timezone.now()) is not None
