import pytest


@pytest.fixture(autouse=True)
def _english(settings):
    """Tests start in English whatever the machine's locale."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def demo_archive(django_db_setup, django_db_blocker):
    """The demo archive loaded once per test module, rolled back afterwards.

    Tests that use it still need ``db`` (or ``@pytest.mark.django_db``); each runs
    in a savepoint inside this transaction.
    """
    import io

    from django.db import transaction

    from archive import demo

    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        demo.load(output)
        yield output.getvalue()
        transaction.set_rollback(True)
