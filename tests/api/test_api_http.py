"""HTTP behaviour of the API: ETag and 304, CORS for GET, anonymous throttling, read-only, query counts."""

import pytest

from tests.factories import make_country, make_event, make_linked_records

from .conftest import SEGMENTS


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/v1/", "/api/v1/events/", "/api/v1/events/{slug}/", "/api/v1/schema/"])
def test_matching_if_none_match_answers_304(client, url):
    event = make_event()
    url = url.format(slug=event.slug)
    etag = client.get(url)["ETag"]

    response = client.get(url, headers={"if-none-match": etag})

    assert etag
    assert response.status_code == 304
    assert response.content == b""


@pytest.mark.django_db
def test_etag_changes_when_the_record_does(client):
    event = make_event(title="Before")
    url = f"/api/v1/events/{event.slug}/"
    etag = client.get(url)["ETag"]
    event.title = "After"
    event.save()

    response = client.get(url, headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response["ETag"] != etag
    assert response.json()["title"]["en"] == "After"


@pytest.mark.django_db
def test_any_origin_may_read_the_api(client):
    make_event()

    response = client.get("/api/v1/events/", headers={"origin": "https://example.org"})

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.django_db
def test_preflight_allows_get_only(client):
    response = client.options(
        "/api/v1/events/",
        headers={"origin": "https://example.org", "access-control-request-method": "GET"},
    )

    assert response.status_code == 200
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.django_db
def test_public_pages_send_no_cors_headers(client):
    response = client.get("/en/events/", headers={"origin": "https://example.org"})

    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(client, method):
    event = make_event()

    response = getattr(client, method)(f"/api/v1/events/{event.slug}/", data={}, content_type="application/json")

    assert response.status_code == 405


@pytest.mark.django_db
def test_anonymous_requests_beyond_the_rate_answer_429(client, settings):
    settings.MADENI_API_ANON_RATE = "3/minute"
    make_event()

    statuses = [client.get("/api/v1/events/").status_code for _n in range(4)]
    refused = client.get("/api/v1/people/")

    assert statuses == [200, 200, 200, 429]
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "detail" in refused.json()


@pytest.mark.django_db
def test_throttle_counts_each_address_apart(client, settings):
    settings.MADENI_API_ANON_RATE = "1/minute"

    first = client.get("/api/v1/", REMOTE_ADDR="10.0.0.1")
    other = client.get("/api/v1/", REMOTE_ADDR="10.0.0.2")
    again = client.get("/api/v1/", REMOTE_ADDR="10.0.0.1")

    assert (first.status_code, other.status_code, again.status_code) == (200, 200, 429)


@pytest.mark.django_db
def test_a_forged_forwarded_for_header_does_not_escape_the_throttle(client, settings):
    settings.MADENI_API_ANON_RATE = "2/minute"

    statuses = [client.get("/api/v1/", headers={"x-forwarded-for": f"203.0.113.{n}"}).status_code for n in range(3)]

    assert statuses == [200, 200, 429]


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.django_db
def test_lists_and_details_run_as_many_queries_for_30_records_as_for_3(
    client, media_root, django_assert_max_num_queries
):
    country = make_country()
    make_linked_records(3, country=country)
    urls = [f"/api/v1/{segment}/" for segment in SEGMENTS]
    urls += [f"/api/v1/{segment}/?page_size=100" for segment in SEGMENTS]
    urls += [f"/api/v1/events/?country={country.slug}&year_from=2000", "/api/v1/people/?q=person"]
    details = {
        segment: client.get(f"/api/v1/{segment}/").json()["results"][0]["slug"] for segment in ("events", "people")
    }
    urls += [f"/api/v1/{segment}/{slug}/" for segment, slug in details.items()]
    with_few = {url: _queries(client, url) for url in urls}

    make_linked_records(27, country=country)
    for url in urls:
        with django_assert_max_num_queries(with_few[url], info=url):
            assert client.get(url).status_code == 200
    assert max(with_few.values()) <= 12, with_few
