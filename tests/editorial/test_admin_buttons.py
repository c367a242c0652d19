"""The change form shows only the workflow buttons the user may press, and live vs pending plainly."""

import pytest

from archive.models import Status
from editorial import workflow
from tests.editorial.admin_forms import change_url, edit
from tests.factories import make_event


def _buttons(client, record):
    response = client.get(change_url(record))
    assert response.status_code == 200
    return {name for name, _label in response.context["editorial"]["actions"]}


@pytest.fixture
def draft(author):
    return make_event(status=Status.DRAFT, created_by=author)


def test_author_sees_submit_on_own_draft_only(client, draft, author):
    client.force_login(author)
    assert _buttons(client, draft) == {"submit"}
    assert 'value="submit"' in client.get(change_url(draft)).content.decode()
    workflow.submit(draft, by=author)
    assert _buttons(client, draft) == set()


def test_reviewer_and_publisher_buttons_follow_the_state(client, draft, author, reviewer, publisher):
    workflow.submit(draft, by=author)
    client.force_login(reviewer)
    assert _buttons(client, draft) == {"approve", "send_back"}
    page = client.get(change_url(draft)).content.decode()
    assert 'value="publish"' not in page
    client.force_login(publisher)
    assert _buttons(client, draft) == set()
    workflow.approve(draft, by=reviewer)
    assert _buttons(client, draft) == {"publish"}


def test_banner_says_live_version_and_pending_changes(client, author):
    live = make_event(created_by=author, summary="Live")
    client.force_login(author)
    page = client.get(change_url(live)).content.decode()
    assert "Live version: this is what the public sees." in page and "Saving this form creates pending changes" in page
    edit(client, live, summary_en="Pending")
    page = client.get(change_url(live)).content.decode()
    assert "Pending changes" in page and "public page still shows the live version" in page


def test_sent_back_note_is_shown_to_the_author(client, draft, author, reviewer):
    workflow.submit(draft, by=author)
    workflow.send_back(draft, by=reviewer, comment="Please add the venue")
    client.force_login(author)
    page = client.get(change_url(draft)).content.decode()
    assert "Please add the venue" in page and "Sent back by" in page


def test_reviewer_cannot_edit_but_can_read(client, draft, reviewer):
    client.force_login(reviewer)
    response = client.get(change_url(draft))
    assert response.status_code == 200 and not response.context["has_change_permission"]
