"""Search tests: some exercise PostgreSQL features, some the SQLite fallback.

``@pytest.mark.postgresql`` and ``@pytest.mark.sqlite`` tests are *deselected*
(not skipped) on the other database: CI runs the suite on both, so each runs
exactly where it means something, and a skip can never pass for a success.
"""

import pytest
from django.db import connection
from django.test import Client

VENDOR_MARKERS = {"postgresql", "sqlite"}


def pytest_configure(config):
    config.addinivalue_line("markers", "postgresql: runs only when the test database is PostgreSQL")
    config.addinivalue_line("markers", "sqlite: runs only when the test database is SQLite")


def pytest_collection_modifyitems(config, items):
    selected, deselected = [], []
    for item in items:
        wanted = {marker.name for marker in item.iter_markers() if marker.name in VENDOR_MARKERS}
        (deselected if wanted and connection.vendor not in wanted else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture
def search(db):
    """Get the search page: ``search(q="…", type="event")`` returns the response."""
    client = Client()

    def get(**params):
        return client.get("/en/search/", params)

    return get


def titles(response):
    """The records listed on a search page, as plain titles in order."""
    return [hit.record.__str__() for hit in response.context["hits"]]
