"""Restoring an old revision makes a new draft revision; it never silently changes the public page."""

import pytest

from archive.models import Event, Status
from editorial import revisions, workflow
from editorial.models import Stage
from editorial.rules import stage
from tests.editorial.admin_forms import editorial_url
from tests.factories import make_event, make_person


def test_restore_on_a_draft_brings_back_fields_and_relations(author):
    event = make_event(status=Status.DRAFT, created_by=author, summary="First")
    aida = make_person(name="Aida Balayeva")
    event.participations.create(person=aida, role="Minister")
    first = revisions.create(event, by=author)
    event.summary_en = "Second"
    event.save()
    event.participations.all().delete()
    revisions.create(event, by=author)

    workflow.restore(event, first, by=author)
    event = Event.objects.get(pk=event.pk)
    assert event.summary == "First"
    assert [str(p) for p in event.participations.all()] == ["Aida Balayeva, Minister"]
    newest = revisions.latest(event)
    assert newest.number == 3 and "Restored revision #1" in newest.comment


def test_restore_on_a_live_record_creates_pending_changes_only(author):
    event = make_event(created_by=author, summary="Live words")
    old = revisions.create(event, by=author, data={**revisions.working_content(event)})
    old.content["fields"]["summary_en"] = "Older words"
    old.save()

    workflow.restore(event, old, by=author)
    row = Event.objects.get(pk=event.pk)
    assert Event.objects.published().get(pk=event.pk).summary == "Live words"
    assert row.has_pending_changes and stage(row) == Stage.DRAFT
    assert revisions.pending(row).content["fields"]["summary_en"] == "Older words"


def test_restore_of_another_records_revision_is_refused(author):
    mine, other = make_event(status=Status.DRAFT, created_by=author), make_event(status=Status.DRAFT)
    foreign = revisions.create(other, by=author)
    with pytest.raises(workflow.Refused):
        workflow.restore(mine, foreign, by=author)


def test_restore_button_posts_and_get_is_not_allowed(client, author):
    event = make_event(status=Status.DRAFT, created_by=author, summary="First")
    first = revisions.create(event, by=author)
    Event.objects.filter(pk=event.pk).update(summary_en="Second")
    client.force_login(author)
    assert client.get(editorial_url(event, "restore", first.number)).status_code == 405
    assert client.post(editorial_url(event, "restore", first.number)).status_code == 302
    assert Event.objects.get(pk=event.pk).summary == "First"
