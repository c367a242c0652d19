"""Search tests: some exercise PostgreSQL features (``@pytest.mark.postgresql``), some the SQLite
fallback (``@pytest.mark.sqlite``); see ``tests/conftest.py``."""

import pytest
from django.test import Client


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
