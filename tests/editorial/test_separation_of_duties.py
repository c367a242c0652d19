"""Nobody approves or publishes their own work alone: the last author needs someone else.

The last author is whoever last saved the record's content or submitted it. Superusers may
go ahead, but only with a reason, which goes into the audit log.
"""

import pytest

from archive.models import Event, Status
from editorial import workflow
from editorial.models import AuditEntry
from editorial.rules import AUTHOR, PUBLISHER, REVIEWER, can, last_author_id, why_not
from tests.editorial.admin_forms import change_url, edit, editorial_url
from tests.factories import make_event, make_user


@pytest.fixture
def everyone():
    """One person holding all three roles."""
    return make_user("solo", groups=[AUTHOR, REVIEWER, PUBLISHER])


@pytest.fixture
def boss():
    return make_user("root", is_superuser=True)


def _draft(user):
    return make_event(status=Status.DRAFT, created_by=user, title="Days of Culture")


def test_separation_is_on_by_default(settings):
    assert settings.MADENI_SEPARATE_DUTIES is True


def test_one_person_with_every_role_cannot_approve_or_publish_their_own_work(everyone, reviewer, publisher):
    record = _draft(everyone)
    workflow.submit(record, by=everyone)
    assert last_author_id(record) == everyone.pk

    with pytest.raises(workflow.Refused, match="someone else must approve"):
        workflow.approve(record, by=everyone)
    workflow.approve(record, by=reviewer)
    with pytest.raises(workflow.Refused, match="someone else must publish"):
        workflow.publish(record, by=everyone)
    workflow.publish(record, by=publisher)

    assert Event.objects.get(pk=record.pk).status == Status.PUBLISHED


def test_the_last_author_is_whoever_saved_the_content_last(client, author, everyone, reviewer):
    live = make_event(created_by=everyone, title="Days of Culture")
    client.force_login(everyone)
    edit(client, live, summary_en="Pending words")  # pending changes by the all-roles user
    live = Event.objects.get(pk=live.pk)
    assert last_author_id(live) == everyone.pk
    workflow.submit(live, by=everyone)
    workflow.approve(live, by=reviewer)
    assert not can(everyone, "publish", live)
    assert "someone else must publish" in why_not(everyone, "publish", live)


def test_a_record_without_history_counts_its_creator_as_author(everyone, reviewer):
    record = make_event(status=Status.IN_REVIEW, created_by=everyone)
    assert not can(everyone, "approve", record)
    assert can(reviewer, "approve", record)


def test_admin_hides_the_button_and_says_why(client, everyone, reviewer):
    record = _draft(everyone)
    workflow.submit(record, by=everyone)
    client.force_login(everyone)

    page = client.get(change_url(record)).content.decode()

    assert 'value="approve"' not in page
    assert "someone else must approve" in page
    refused = client.post(
        editorial_url(record, "act"), {"action": "approve", "version": Event.objects.get(pk=record.pk).version}
    )
    assert refused.status_code == 302
    assert Event.objects.get(pk=record.pk).status == Status.IN_REVIEW
    assert not AuditEntry.objects.filter(action="approve").exists()


@pytest.mark.parametrize("reason", ["", "   "])
def test_superuser_cannot_override_without_a_reason(boss, reason):
    record = _draft(boss)
    workflow.submit(record, by=boss)
    with pytest.raises(workflow.Refused, match="reason"):
        workflow.approve(record, by=boss, override_reason=reason)
    assert Event.objects.get(pk=record.pk).status == Status.IN_REVIEW


def test_superuser_overrides_with_a_reason_that_is_audited(boss):
    record = _draft(boss)
    workflow.submit(record, by=boss)
    workflow.approve(record, by=boss, override_reason="Only editor on duty tonight")
    workflow.publish(record, by=boss, override_reason="Embargo lifts at midnight")

    assert Event.objects.get(pk=record.pk).status == Status.PUBLISHED
    approve, publish = (AuditEntry.objects.get(action=name) for name in ("approve", "publish"))
    assert "Only editor on duty tonight" in approve.comment and approve.actor == boss
    assert "Embargo lifts at midnight" in publish.comment


def test_superuser_gets_a_reason_field_in_the_admin(client, boss):
    record = _draft(boss)
    workflow.submit(record, by=boss)
    client.force_login(boss)
    url = editorial_url(record, "act")

    page = client.get(change_url(record)).content.decode()
    assert 'name="override_reason"' in page

    version = Event.objects.get(pk=record.pk).version
    client.post(url, {"action": "approve", "version": version})
    assert Event.objects.get(pk=record.pk).status == Status.IN_REVIEW
    client.post(url, {"action": "approve", "version": version, "override_reason": "Nobody else can"})
    assert "Nobody else can" in AuditEntry.objects.get(action="approve").comment


def test_the_reason_is_not_needed_nor_recorded_when_someone_else_wrote_it(author, boss):
    record = _draft(author)
    workflow.submit(record, by=author)
    workflow.approve(record, by=boss, comment="Fine")
    assert AuditEntry.objects.get(action="approve").comment == "Fine"


def test_with_the_setting_off_one_person_may_do_everything(settings, everyone):
    settings.MADENI_SEPARATE_DUTIES = False
    record = _draft(everyone)
    workflow.submit(record, by=everyone)
    workflow.approve(record, by=everyone)
    workflow.publish(record, by=everyone)
    assert Event.objects.get(pk=record.pk).status == Status.PUBLISHED
