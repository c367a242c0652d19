import pytest
from django.core.cache import cache

#: Every list endpoint of the API, by the public segment it mirrors.
SEGMENTS = ("events", "people", "programs", "documents", "organizations", "places", "photos")


@pytest.fixture(autouse=True)
def _fresh_throttle_history():
    """The throttle counts requests in the default cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def walk(client, url):
    """Every record of a list, following the ``next`` cursor; the pages' slugs in order."""
    slugs = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        slugs += [item["slug"] for item in body["results"]]
        url = body["next"]
    return slugs
