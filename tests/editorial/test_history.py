"""The history page: every revision with who, when and comment, the audit log, restore where allowed."""

from archive.models import Status
from editorial import revisions, workflow
from tests.editorial.admin_forms import change_url, edit, editorial_url
from tests.factories import make_event


def _history(client, record):
    return client.get(change_url(record).replace("/change/", "/history/"))


def test_history_lists_revisions_and_audit_entries(client, author, reviewer):
    event = make_event(status=Status.DRAFT, created_by=author, summary="One")
    client.force_login(author)
    edit(client, event, summary_en="Two", editorial_comment="Second thoughts")
    workflow.submit(event, by=author, comment="Over to you")

    client.force_login(reviewer)
    response = _history(client, event)
    page = response.content.decode()
    assert response.status_code == 200
    assert [r.number for r in response.context["revisions"]] == [2, 1]
    assert "Second thoughts" in page and "Over to you" in page
    assert not response.context["can_restore"] and 'id="restore-1"' not in page
    assert "no-store" in response["Cache-Control"]


def test_history_offers_restore_to_the_author_and_it_works(client, author):
    event = make_event(status=Status.DRAFT, created_by=author, summary="One")
    client.force_login(author)
    edit(client, event, summary_en="Two")
    page = _history(client, event).content.decode()
    restore_url = editorial_url(event, "restore", 1)
    assert f'action="{restore_url}"' in page

    client.post(restore_url)
    assert revisions.working_content(event)["fields"]["summary_en"] == "One"


def test_default_diff_of_pending_changes_is_against_the_live_version(client, author, reviewer):
    event = make_event(created_by=author, summary="Live")
    client.force_login(author)
    edit(client, event, summary_en="Pending")
    client.force_login(reviewer)
    response = client.get(editorial_url(event, "diff"))
    assert response.context["a_label"] == "live version"
    assert [(c.old, c.new) for c in response.context["changes"]] == [("Live", "Pending")]
