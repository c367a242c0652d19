import pytest

from editorial.rules import AUTHOR, PUBLISHER, REVIEWER
from tests.factories import make_user


@pytest.fixture
def author(db):
    return make_user("author", groups=[AUTHOR])


@pytest.fixture
def reviewer(db):
    return make_user("reviewer", groups=[REVIEWER])


@pytest.fixture
def publisher(db):
    return make_user("publisher", groups=[PUBLISHER])


@pytest.fixture
def admin_user(db):
    return make_user("boss", is_superuser=True)


@pytest.fixture(autouse=True)
def _database(db):
    """Every editorial test works on records."""
