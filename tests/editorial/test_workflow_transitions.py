"""The workflow functions: each moves a record along and refuses what is not allowed, changing nothing."""

import pytest

from archive.models import Event, Status
from editorial import workflow
from editorial.models import AuditEntry, Stage
from editorial.rules import stage
from tests.factories import make_event


@pytest.fixture
def draft(author):
    return make_event(status=Status.DRAFT, created_by=author, title="Days of Culture")


def test_draft_goes_through_review_to_published(draft, author, reviewer, publisher):
    workflow.submit(draft, by=author, reviewer=reviewer, comment="Ready")
    assert draft.status == Status.IN_REVIEW and stage(draft) == Stage.IN_REVIEW
    workflow.approve(draft, by=reviewer)
    assert stage(draft) == Stage.APPROVED
    workflow.publish(draft, by=publisher)
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    assert Event.objects.published().filter(pk=draft.pk).exists()


def test_send_back_needs_a_comment_and_returns_to_draft(draft, author, reviewer):
    workflow.submit(draft, by=author)
    with pytest.raises(workflow.Refused):
        workflow.send_back(draft, by=reviewer, comment="  ")
    assert Event.objects.get(pk=draft.pk).status == Status.IN_REVIEW
    workflow.send_back(draft, by=reviewer, comment="Add the venue")
    assert Event.objects.get(pk=draft.pk).status == Status.DRAFT
    assert stage(Event.objects.get(pk=draft.pk)) == Stage.DRAFT


def test_refused_transition_changes_nothing(draft, author, reviewer, publisher):
    before = Event.objects.get(pk=draft.pk)
    for action, user in [(workflow.publish, publisher), (workflow.approve, reviewer), (workflow.archive, publisher)]:
        with pytest.raises(workflow.Refused):
            action(draft, by=user)
    after = Event.objects.get(pk=draft.pk)
    assert (after.status, after.version, after.modified) == (before.status, before.version, before.modified)
    assert not AuditEntry.objects.exists()


def test_publish_needs_approval(draft, author, publisher):
    workflow.submit(draft, by=author)
    with pytest.raises(workflow.Refused, match="In review"):
        workflow.publish(draft, by=publisher)


def test_stale_transition_is_refused(draft, author):
    version = draft.version
    Event.objects.filter(pk=draft.pk).update(version=version + 1)
    with pytest.raises(workflow.Refused, match="changed this record"):
        workflow.submit(draft, by=author, expected_version=version)
    assert Event.objects.get(pk=draft.pk).status == Status.DRAFT


def test_unpublish_and_archive(author, publisher):
    live = make_event(created_by=author)
    workflow.archive(live, by=publisher)
    assert Event.objects.get(pk=live.pk).status == Status.ARCHIVED
    assert not Event.objects.published().filter(pk=live.pk).exists()
    workflow.unpublish(live, by=publisher)
    assert Event.objects.get(pk=live.pk).status == Status.DRAFT
