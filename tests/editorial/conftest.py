import pytest

from tests.factories import make_user


@pytest.fixture
def admin_user(db):
    return make_user("boss", is_superuser=True)


@pytest.fixture(autouse=True)
def _database(db):
    """Every editorial test works on records."""
