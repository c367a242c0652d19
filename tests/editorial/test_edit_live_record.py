"""Editing a published record makes pending changes; the public page changes only on publish."""

import pytest

from archive.models import Event, Status
from editorial import revisions, workflow
from editorial.models import Stage
from editorial.rules import stage
from tests.editorial.admin_forms import change_url, edit
from tests.factories import make_event, make_person


@pytest.fixture
def live(author):
    aida = make_person(name="Aida Balayeva")
    return make_event(
        title="Days of Kazakh Culture", summary="Old summary", created_by=author, participants=[(aida, "Minister")]
    )


def test_edit_live_then_publish(client, live, author, reviewer, publisher):
    client.force_login(author)
    response = edit(client, live, title_en="Days of Kazakh Culture in Paris", summary_en="New summary")
    assert response.status_code == 302, response.context["adminform"].form.errors

    row = Event.objects.get(pk=live.pk)
    assert (row.title, row.summary, row.status) == ("Days of Kazakh Culture", "Old summary", Status.PUBLISHED)
    assert row.has_pending_changes
    assert Event.objects.published().get(pk=live.pk).summary == "Old summary"
    pending = revisions.pending(row)
    assert pending.content["fields"]["summary_en"] == "New summary"
    assert stage(row) == Stage.DRAFT

    workflow.submit(row, by=author)
    workflow.approve(row, by=reviewer)
    assert Event.objects.published().get(pk=live.pk).summary == "Old summary"
    workflow.publish(row, by=publisher)
    published = Event.objects.published().get(pk=live.pk)
    assert (published.title, published.summary) == ("Days of Kazakh Culture in Paris", "New summary")
    assert not published.has_pending_changes
    assert [p.person.name for p in published.participations.all()] == ["Aida Balayeva"]


def test_change_form_shows_pending_changes_not_live_version(client, live, author):
    client.force_login(author)
    edit(client, live, summary_en="Pending words")
    response = client.get(change_url(live))
    assert response.context["adminform"].form["summary_en"].value() == "Pending words"
    assert "Pending changes" in response.content.decode()
    assert Event.objects.get(pk=live.pk).summary == "Old summary"


def test_editing_pending_changes_twice_keeps_inline_rows(client, live, author):
    client.force_login(author)
    edit(client, live, summary_en="First pass")
    response = edit(client, live, summary_en="Second pass")
    assert response.status_code == 302
    pending = revisions.pending(Event.objects.get(pk=live.pk))
    assert pending.content["fields"]["summary_en"] == "Second pass"
    assert [row["label"] for row in pending.content["children"]["participations"]] == ["Aida Balayeva, Minister"]


def test_unpublishing_makes_the_pending_changes_the_draft(client, live, author, publisher):
    client.force_login(author)
    edit(client, live, summary_en="Pending words")
    workflow.unpublish(Event.objects.get(pk=live.pk), by=publisher)
    row = Event.objects.get(pk=live.pk)
    assert (row.status, row.summary, row.has_pending_changes) == (Status.DRAFT, "Pending words", False)


def test_archiving_keeps_the_published_version(client, live, author, publisher):
    client.force_login(author)
    edit(client, live, summary_en="Pending words")
    workflow.archive(Event.objects.get(pk=live.pk), by=publisher)
    row = Event.objects.get(pk=live.pk)
    assert (row.status, row.summary, row.has_pending_changes) == (Status.ARCHIVED, "Old summary", False)
    assert not Event.objects.published().filter(pk=live.pk).exists()
    # The pending words stay in the history, to restore.
    assert revisions.latest(row).content["fields"]["summary_en"] == "Pending words"
