"""Bulk workflow actions on record lists: each record checked as one by one; refusals change nothing."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages

from archive.models import Event, Status
from editorial import workflow
from editorial.models import AuditEntry, ReviewState, Stage
from editorial.rules import AUTHOR
from tests.factories import make_event, make_user

LIST = "/admin/archive/event/"


def _act(client, action, records, **extra):
    data = {"action": action, "_selected_action": [r.pk for r in records], "index": "0", **extra}
    return client.post(LIST, data)


def _confirm(client, action, records, **extra):
    """Post the confirmation page back, as its form does."""
    data = {"action": action, "_selected_action": [r.pk for r in records], "confirmed": "1", **extra}
    return client.post(LIST, data)


def _said(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def _snapshot(record):
    row = type(record)._base_manager.get(pk=record.pk)
    return row.status, row.version, AuditEntry.objects.for_record(row).count()


def _submitted(author, count=2, **fields):
    events = [make_event(status=Status.DRAFT, created_by=author, **fields) for _ in range(count)]
    for event in events:
        workflow.submit(event, by=author)
    return events


def test_author_submits_own_drafts_and_others_are_refused_unchanged(client, author):
    other = make_user("other", groups=[AUTHOR])
    mine = [make_event(title=f"Mine {n}", status=Status.DRAFT, created_by=author) for n in range(2)]
    theirs = make_event(title="Theirs", status=Status.DRAFT, created_by=other)
    before = _snapshot(theirs)
    client.force_login(author)

    response = _act(client, "bulk_submit", [*mine, theirs])

    assert response.status_code == 302
    assert [Event.objects.get(pk=e.pk).status for e in mine] == [Status.IN_REVIEW, Status.IN_REVIEW]
    assert _snapshot(theirs) == before
    said = " ".join(_said(response))
    assert "Submitted for review: “Mine 0”, “Mine 1”." in said and "A reviewer will now approve it" in said
    assert "“Theirs”: Authors may only change their own records." in said


def test_reviewer_approves_in_review_records_and_refuses_drafts(client, author, reviewer):
    waiting = _submitted(author)
    draft = make_event(title="Still a draft", status=Status.DRAFT, created_by=author)
    before = _snapshot(draft)
    client.force_login(reviewer)

    response = _act(client, "bulk_approve", [*waiting, draft])

    assert {ReviewState.objects.for_record(e).get().stage for e in waiting} == {Stage.APPROVED}
    assert _snapshot(draft) == before
    said = " ".join(_said(response))
    assert "Approved:" in said and "A publisher can now publish it" in said
    assert "“Still a draft”: This cannot be done while the record is Draft." in said


def test_an_author_cannot_approve_in_bulk_and_nothing_changes(client, author):
    waiting = _submitted(author)
    before = [_snapshot(e) for e in waiting]
    client.force_login(author)

    response = _act(client, "bulk_approve", waiting)

    assert [_snapshot(e) for e in waiting] == before
    assert not any("Approved:" in m for m in _said(response))
    assert "Only a Reviewer may do this." in " ".join(_said(response))


def test_send_back_asks_for_one_comment_for_all(client, author, reviewer):
    waiting = _submitted(author)
    client.force_login(reviewer)

    page = _act(client, "bulk_send_back", waiting)
    assert page.status_code == 200 and 'name="comment"' in page.content.decode()
    assert all(Event.objects.get(pk=e.pk).status == Status.IN_REVIEW for e in waiting)

    empty = _confirm(client, "bulk_send_back", waiting, comment="  ")
    assert empty.status_code == 200 and "Write a comment for the authors." in empty.content.decode()
    assert all(Event.objects.get(pk=e.pk).status == Status.IN_REVIEW for e in waiting)

    done = _confirm(client, "bulk_send_back", waiting, comment="Cite the sources")
    assert done.status_code == 302
    for event in waiting:
        state = ReviewState.objects.for_record(event).get()
        assert (state.stage, state.note, state.note_by) == (Stage.DRAFT, "Cite the sources", reviewer)
        entry = AuditEntry.objects.for_record(event).first()
        assert (entry.action, entry.comment, entry.actor) == ("send_back", "Cite the sources", reviewer)
    assert any("Sent back to the author:" in m for m in _said(done))


def test_publish_checks_separation_of_duties_per_record(client, author, reviewer, publisher):
    by_author = _submitted(author, count=1, title="By the author")
    by_publisher = make_event(title="By the publisher", status=Status.DRAFT, created_by=author)
    workflow.submit(by_publisher, by=author)
    workflow.saved(by_publisher, by=publisher)  # the publisher is now its last author
    for event in [*by_author, by_publisher]:
        workflow.approve(Event.objects.get(pk=event.pk), by=reviewer)
    before = _snapshot(by_publisher)
    client.force_login(publisher)

    response = _act(client, "bulk_publish", [*by_author, by_publisher])

    assert Event.objects.published().filter(pk=by_author[0].pk).exists()
    assert _snapshot(by_publisher) == before
    said = " ".join(_said(response))
    assert "Published: “By the author”. The public site shows it now." in said
    assert "someone else must publish it" in said


def test_archive_asks_first_then_archives_each(client, author, reviewer, publisher):
    live = [make_event(title=f"Live {n}", created_by=author) for n in range(2)]
    draft = make_event(title="Draft", status=Status.DRAFT, created_by=author)
    client.force_login(publisher)

    page = _act(client, "bulk_archive", [*live, draft])
    assert page.status_code == 200
    assert "will be refused" in page.content.decode()
    assert Event.objects.filter(status=Status.ARCHIVED).count() == 0

    done = _confirm(client, "bulk_archive", [*live, draft])
    assert done.status_code == 302
    assert set(Event.objects.filter(status=Status.ARCHIVED)) == set(live)
    assert Event.objects.get(pk=draft.pk).status == Status.DRAFT
    assert AuditEntry.objects.filter(action="archive").count() == 2


def test_bulk_actions_are_offered_to_editors_only(client, author):
    no_role = make_user("clerk")
    no_role.user_permissions.add(*Permission.objects.filter(codename="view_event"))
    client.force_login(author)
    offered = {name for name, _label in client.get(LIST).context["action_form"].fields["action"].choices}
    assert {"bulk_submit", "bulk_approve", "bulk_send_back", "bulk_publish", "bulk_archive"} <= offered
    client.force_login(no_role)
    response = client.get(LIST)
    assert response.status_code == 200
    choices = response.context["action_form"].fields["action"].choices if response.context["action_form"] else []
    assert not any(name.startswith("bulk_") for name, _label in choices)


@pytest.mark.parametrize("action", ["bulk_submit", "bulk_approve", "bulk_publish"])
def test_a_user_without_a_role_posting_an_action_changes_nothing(client, author, action):
    waiting = _submitted(author, count=1)
    before = _snapshot(waiting[0])
    no_role = make_user("clerk")
    no_role.user_permissions.add(*Permission.objects.filter(codename__in=["view_event", "change_event"]))
    client.force_login(no_role)
    response = _act(client, action, waiting)
    assert response.status_code in (200, 302)
    assert _snapshot(waiting[0]) == before


def test_a_bad_send_back_comment_is_a_form_error_and_changes_nothing(client, author, reviewer):
    waiting = _submitted(author, count=1)
    before = _snapshot(waiting[0])
    client.force_login(reviewer)
    too_long = _confirm(client, "bulk_send_back", waiting, comment="x" * 5001)
    assert too_long.status_code == 200 and 'class="errornote"' in too_long.content.decode()
    assert _confirm(client, "bulk_send_back", waiting, comment="bad\x00byte").status_code == 400
    assert _snapshot(waiting[0]) == before
