"""Requests at the same moment on the embedded database: one save wins, the other is told, none fails.

The threads work on a real database file on SQLite (the suite's in-memory database locks
differently), opened with the project's own connection options, and on the test database
itself on PostgreSQL.
"""

import sqlite3
import threading

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.db import connection, connections
from django.db.utils import load_backend
from django.test import Client
from django.urls import reverse

from archive.models import Event, Status
from editorial import workflow
from editorial.models import AuditEntry, ShareLink
from tests.editorial.admin_forms import change_url, editorial_url, form_data
from tests.factories import make_event, make_user

ROUNDS = 3
# As many viewers as the report that found 500s on SQLite; PostgreSQL's test server allows
# 100 connections, one per thread here (production serves through a bounded pool of workers).
VIEWS = 220 if connection.vendor == "sqlite" else 50

# Threads need committed data.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database(tmp_path):
    """Where the threads work: a file for SQLite (filled by ``_share``), else the test database."""
    return tmp_path / "madeni.sqlite3" if connection.vendor == "sqlite" else None


def _share(database):
    """Copy what the test made so far into the file the threads open."""
    if database is not None:
        connection.ensure_connection()
        target = sqlite3.connect(database)
        connection.connection.backup(target)
        # As a deployed database is from its first migrate on. Left to the threads' own
        # connections, the switch happens under their race, and SQLite refuses a journal mode
        # change while another connection holds the file ("database is locked") without waiting.
        target.execute("PRAGMA journal_mode=WAL")
        target.close()


def _use(database):
    if database is not None:
        params = {**connections.settings["default"], "NAME": str(database)}
        connections["default"] = load_backend(params["ENGINE"]).DatabaseWrapper(params, "default")


def _together(database, calls, timeout=60):
    """Run ``calls`` at once, each in its own thread with its own connection; their results in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def work(index, call):
        _use(database)
        try:
            barrier.wait(timeout)
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - reported by the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=pair) for pair in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "requests still waiting"
    return results


def _logged_in(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_sqlite_waits_for_the_writer_instead_of_failing():
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        assert "transaction_mode" not in options
        return
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 20
    assert "journal_mode=WAL" in options["init_command"]


def test_two_editors_saving_at_once_one_wins_the_other_sees_the_stale_form(database, author):
    boss = make_user("boss", is_superuser=True)
    records = [make_event(status=Status.DRAFT, created_by=author, summary="First words") for _ in range(ROUNDS)]
    editors = [_logged_in(author), _logged_in(boss)]
    forms = [
        [form_data(c.get(change_url(r)), summary_en=f"Words of {i}") for i, c in enumerate(editors)] for r in records
    ]
    _share(database)

    for record, (first, second) in zip(records, forms, strict=True):
        responses = _together(
            database,
            [
                lambda r=record, d=first: editors[0].post(change_url(r), d),
                lambda r=record, d=second: editors[1].post(change_url(r), d),
            ],
        )
        codes = sorted(getattr(r, "status_code", r) for r in responses)
        assert codes == [200, 302], codes
        refused = next(r for r in responses if r.status_code == 200)
        assert "changed this record after you opened it" in refused.content.decode()

    saved = _together(database, [lambda: [(e.version, e.summary) for e in Event.objects.filter(status="draft")]])[0]
    assert [summary for _version, summary in saved] != ["First words"] * ROUNDS
    assert all(version == records[0].version + 1 for version, _summary in saved)


def test_double_publish_publishes_once_and_tells_the_other(database, author):
    reviewer = make_user("rev", groups=["Reviewer"])
    publishers = [make_user(f"pub{n}", groups=["Publisher"]) for n in (1, 2)]
    record = make_event(status=Status.DRAFT, created_by=author)
    workflow.submit(record, by=author)
    workflow.approve(record, by=reviewer)
    clients = [_logged_in(p) for p in publishers]
    _share(database)

    data = {"action": "publish", "version": record.version}
    url = editorial_url(record, "act")
    responses = _together(database, [lambda c=c: c.post(url, data) for c in clients])

    assert [getattr(r, "status_code", r) for r in responses] == [302, 302]
    said = [" ".join(str(m) for m in get_messages(r.wsgi_request)) for r in responses]
    assert sum("Published: “" in words for words in said) == 1, said
    assert sum("Someone changed this record since you opened it" in words for words in said) == 1, said
    published = _together(database, [lambda: AuditEntry.objects.filter(action="publish").count()])[0]
    assert published == 1


def test_many_people_opening_a_share_link_at_once_all_see_it(database, author):
    publisher = make_user("pub", groups=["Publisher"])
    record = make_event(created_by=author, title="Days of Culture")
    link = workflow.share(record, by=publisher)
    url = reverse("editorial:share", args=[link.token])
    _share(database)

    responses = _together(database, [lambda: Client(raise_request_exception=False).get(url) for _ in range(VIEWS)])

    codes = [getattr(r, "status_code", r) for r in responses]
    assert codes == [200] * VIEWS, sorted(map(str, codes))
    counted = _together(
        database,
        [lambda: (ShareLink.objects.get().view_count, AuditEntry.objects.filter(action="share_used").count())],
    )[0]
    assert counted == (VIEWS, 1)
