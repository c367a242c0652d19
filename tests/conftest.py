import os
import shutil
import subprocess

import pytest
from django.db import connection

# ``@pytest.mark.postgresql`` and ``@pytest.mark.sqlite`` tests are *deselected* (not skipped) on
# the other database: CI runs the suite on both, so each runs exactly where it means something,
# and a skip can never pass for a success.
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


@pytest.fixture(scope="session", autouse=True)
def _compiled_messages():
    """Compile the gettext catalogs when a .mo is missing or older than its .po.

    ``bin/test`` compiles them first; this makes a bare ``python -m pytest`` on a
    clean checkout see the Kazakh, Russian and French UI too. Without gettext's
    msgfmt nothing is compiled and the translated-page tests fail and say so.
    """
    from django.conf import settings
    from django.core.signals import setting_changed

    from tests.po_catalogs import LOCALE_DIR

    stale = [
        po
        for po in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))
        if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    msgfmt = shutil.which("msgfmt")
    if stale and msgfmt:
        for po in stale:
            # One partial file per process: pytest-xdist workers may compile the same catalog at once.
            partial = po.with_suffix(f".{os.getpid()}.partial.mo")
            subprocess.run([msgfmt, "--check-format", "-o", str(partial), str(po)], check=True)  # noqa: S603
            partial.replace(po.with_suffix(".mo"))
        # Catalogs already loaded (without the new .mo files) are cached: drop them.
        setting_changed.send(sender=None, setting="LOCALE_PATHS", value=settings.LOCALE_PATHS, enter=False)


@pytest.fixture(autouse=True)
def _english(settings):
    """Tests start in English whatever the machine's locale."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a test module, rolled back when the module is done.

    For a world that a module's tests only read: a module-scoped fixture that asks for this
    one builds it once instead of once per test. The tests still need ``db`` (or
    ``@pytest.mark.django_db``): each runs in a savepoint of this transaction, so whatever
    a test changes is rolled back before the next one.
    """
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def demo_archive(module_db):
    """The demo archive for a test module, rolled back afterwards; what the load printed.

    Loaded once per test process and copied back for each module (tests/snapshot.py).
    Tests that use it still need ``db`` (or ``@pytest.mark.django_db``).
    """
    from tests import snapshot

    with snapshot.demo().restored() as output:
        yield output


@pytest.fixture
def author(db):
    """A user in the Author group, named like the demo account."""
    from editorial.rules import AUTHOR
    from tests.factories import make_user

    return make_user("author", groups=[AUTHOR])


@pytest.fixture
def reviewer(db):
    from editorial.rules import REVIEWER
    from tests.factories import make_user

    return make_user("reviewer", groups=[REVIEWER])


@pytest.fixture
def publisher(db):
    from editorial.rules import PUBLISHER
    from tests.factories import make_user

    return make_user("publisher", groups=[PUBLISHER])


@pytest.fixture
def media_root(settings, tmp_path):
    """A fresh, empty MEDIA_ROOT for the test, to see exactly what gets stored."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    return root


@pytest.fixture(autouse=True)
def _roles_after_a_flush(request):
    """Transactional tests commit for real, and the database is emptied after each of them,
    the role groups their migration made included: give those tests the roles back first."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    import importlib

    from django.contrib.auth.models import Group, Permission

    request.getfixturevalue("transactional_db")
    for name, codenames in importlib.import_module("editorial.migrations.0002_roles").ROLES.items():
        group = Group.objects.get_or_create(name=name)[0]
        group.permissions.add(*Permission.objects.filter(content_type__app_label="archive", codename__in=codenames))
