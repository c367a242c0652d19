"""Every transition and every save leaves an audit entry: actor, time, record, from → to, comment."""

import pytest

from archive.models import Status
from editorial import workflow
from editorial.models import AuditEntry
from tests.editorial.admin_forms import edit
from tests.factories import make_event


def test_each_transition_is_audited_in_order(author, reviewer, publisher):
    event = make_event(status=Status.DRAFT, created_by=author, title="Concert")
    workflow.submit(event, by=author, comment="Please check the date")
    workflow.send_back(event, by=reviewer, comment="Which year?")
    workflow.submit(event, by=author)
    workflow.approve(event, by=reviewer)
    workflow.publish(event, by=publisher)
    workflow.archive(event, by=publisher)

    entries = list(AuditEntry.objects.for_record(event).order_by("pk"))
    assert [(e.action, e.actor, e.from_state, e.to_state) for e in entries] == [
        ("submit", author, "draft", "in_review"),
        ("send_back", reviewer, "in_review", "draft"),
        ("submit", author, "draft", "in_review"),
        ("approve", reviewer, "in_review", "approved"),
        ("publish", publisher, "approved", "published"),
        ("archive", publisher, "published", "archived"),
    ]
    assert entries[0].comment == "Please check the date" and entries[1].comment == "Which year?"
    assert all(e.record_repr == "Concert" and e.at for e in entries)


@pytest.mark.parametrize("status", [Status.DRAFT, Status.PUBLISHED])
def test_every_admin_save_is_audited_with_its_revision(client, author, status):
    event = make_event(status=status, created_by=author)
    client.force_login(author)
    edit(client, event, summary_en="Edited", editorial_comment="Fixed the summary")
    entry = AuditEntry.objects.for_record(event).get(action__in=["save", "save_pending"])
    assert entry.actor == author and entry.comment == "Fixed the summary"
    assert entry.revision.content["fields"]["summary_en"] == "Edited"
    assert entry.revision.comment == "Fixed the summary"


def test_adding_a_record_in_the_admin_makes_its_first_revision(client, author):
    client.force_login(author)
    page = client.get("/admin/archive/organization/add/")
    from tests.editorial.admin_forms import form_data

    response = client.post("/admin/archive/organization/add/", form_data(page, name_en="UNESCO", kind="international"))
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="create")
    assert entry.actor == author and entry.record_repr == "UNESCO" and entry.to_state == "draft"
    assert entry.revision.number == 1


def test_every_action_written_to_the_log_has_a_label_for_people(author, reviewer, publisher):
    from django.utils import translation

    event = make_event(status=Status.DRAFT, created_by=author, title="Concert")
    workflow.submit(event, by=author)
    workflow.send_back(event, by=reviewer, comment="Which year?")
    workflow.share(event, by=publisher, days=3)
    entries = list(AuditEntry.objects.for_record(event))
    labels = {entry.action: entry.get_action_display() for entry in entries}
    assert labels == {"submit": "Submitted for review", "send_back": "Sent back", "share": "Shared a preview link"}
    assert all(entry.action in AuditEntry.Action.values for entry in entries)
    with translation.override("ru"):
        assert entries[-1].get_from_state_display() in ("Черновик", "На проверке")
