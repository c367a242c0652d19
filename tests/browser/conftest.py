"""Playwright driving Debian's Chromium (never a browser Playwright downloads).

Without Chromium the browser tests skip on a developer's machine, but fail when
CI=true: CI must run them.
"""

import os
import shutil
import threading
import time

import pytest
from django.conf import settings

CHROMIUM = os.environ.get("MADENI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls
# made by the test itself (not the live server) are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


#: The database the settings name, before pytest-django points the connection at its test database.
CONFIGURED_DATABASE = settings.DATABASES["default"]["NAME"]


@pytest.fixture(autouse=True)
def _database_connections_closed():
    """After each browser test, let the live servers' request threads end, and close the test's connections.

    Chromium keeps connections alive, and a request thread closes its database connection
    only when its HTTP connection ends. One still open when a server stops, or when the
    database is flushed or dropped, uses the test database from a foreign thread (and
    PostgreSQL refuses to drop a database that is "being accessed by other users"). The
    test's pages are closed by then: their fixtures end before this one.

    While Playwright runs, Django keeps the test thread's connections in the context of the
    code that opened them (see ``browser``): the test's own are closed in its context.
    """
    from django.db import connections

    yield
    deadline = time.monotonic() + 10
    while any("process_request_thread" in thread.name for thread in threading.enumerate()):
        if time.monotonic() > deadline:
            pytest.fail("the live server's request threads did not end within 10 s of the test")
        time.sleep(0.05)
    connections.close_all()


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Chromium is required in CI but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's event loop runs in the test thread, and then Django keeps that thread's
    # database connections apart (as for async code): close them on both sides of it, so
    # that none is left open, unseen, when the test database is dropped.
    connections.close_all()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()
        connections.close_all()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def serious_violations(results):
    """axe violations of impact serious or critical, as readable strings."""
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


@pytest.fixture(scope="module")
def demo_server(request, django_db_setup, django_db_blocker):
    """A live server on the demo archive, loaded once per test module.

    pytest-django's ``live_server`` makes every test transactional, which empties
    the database after each test, so the demo would be put back for each one.
    This server is the module's own: the demo is committed once (copied from the
    process's snapshot, tests/snapshot.py), the tests only read it through the
    browser, and the database is emptied when the module is done, as after a
    transactional test. The tests using it carry no ``django_db`` mark, so
    pytest-django runs them after the database tests.
    """
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.live_server_helper import LiveServer

    from tests import snapshot

    with django_db_blocker.unblock():
        # pytest-django only creates the test database when some collected test
        # asks for it; never load the demo into (and flush) a real database.
        own_database = None
        if connection.settings_dict["NAME"] == CONFIGURED_DATABASE:
            own_database = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        snapshot.demo().restore()
        server = LiveServer("localhost")
        try:
            yield server
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)
            if own_database is not None:
                teardown_databases(own_database, verbosity=0)


def new_page(browser, base_url, *, width=1280, height=900, **options):
    viewport = {"width": width, "height": height}
    context = browser.new_context(base_url=base_url, locale="en-GB", viewport=viewport, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def demo_page(demo_server, browser):
    """A Chromium tab on the demo archive, desktop width."""
    page = new_page(browser, demo_server.url)
    yield page
    page.context.close()
