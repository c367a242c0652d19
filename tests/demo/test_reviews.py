"""The demo review work: items in review with comments, a send-back, a live record with pending changes."""

import io

import pytest

from archive.models import Event, Status
from demo import reviews
from editorial import revisions
from editorial.models import AuditEntry, ReviewState, Stage
from editorial.rules import stage
from tests.factories import make_event, make_user

pytestmark = pytest.mark.django_db


def test_load_puts_drafts_in_review_and_makes_pending_changes(author, reviewer, publisher):
    # The fixtures' usernames are those of the demo accounts: author, reviewer, publisher.
    drafts = [make_event(status=Status.DRAFT, title=f"Draft {n}") for n in range(4)]
    live = make_event(title="Live event", summary="Opening night.")
    out = io.StringIO()

    reviews.load(out)

    states = [stage(Event.objects.get(pk=e.pk)) for e in drafts]
    assert states == [Stage.IN_REVIEW, Stage.IN_REVIEW, Stage.DRAFT, Stage.DRAFT]
    assert ReviewState.objects.filter(stage=Stage.IN_REVIEW, reviewer=reviewer).count() == 2
    assert AuditEntry.objects.filter(action="send_back").exclude(comment="").count() == 1
    assert AuditEntry.objects.filter(action="comment").count() == 1
    row = Event.objects.get(pk=live.pk)
    assert row.summary == "Opening night." and row.has_pending_changes
    assert "closing concert" in revisions.pending(row).content["fields"]["summary_en"]
    assert "3 event(s) submitted" in out.getvalue()


def test_load_is_idempotent(author, reviewer, publisher):
    make_event(status=Status.DRAFT)
    make_event()
    reviews.load(io.StringIO())
    counts = (ReviewState.objects.count(), AuditEntry.objects.count())
    out = io.StringIO()
    reviews.load(out)
    assert (ReviewState.objects.count(), AuditEntry.objects.count()) == counts
    assert "already loaded" in out.getvalue()


def test_load_without_accounts_does_nothing():
    make_event(status=Status.DRAFT)
    out = io.StringIO()
    reviews.load(out)
    assert not AuditEntry.objects.exists() and "skipped" in out.getvalue()


def test_load_falls_back_to_a_superuser():
    make_user("root", is_superuser=True)
    event = make_event(status=Status.DRAFT)
    reviews.load(io.StringIO())
    assert stage(Event.objects.get(pk=event.pk)) == Stage.IN_REVIEW
