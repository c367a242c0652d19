import pytest


@pytest.fixture
def staff_client():
    """A client logged in as a superuser (a separate one from pytest-django's ``client``)."""
    from django.test import Client

    from tests.factories import make_user

    staff = Client()
    staff.force_login(make_user(is_superuser=True))
    return staff
