"""Mail names the site's real address and the submitter's words; approval tells publishers;
the first version's changes read as everything added."""

import pytest
from django.core import mail
from django.test import Client

from archive.models import Status
from editorial import workflow
from tests.editorial.admin_forms import change_url, editorial_url
from tests.factories import make_editors, make_event


@pytest.fixture
def editors():
    return make_editors()


def _submit_through_the_admin(client, author, event, comment):
    client.force_login(author)
    return client.post(
        editorial_url(event, "act"),
        {"action": "submit", "version": event.version, "comment": comment},
        HTTP_HOST="archive.example.kz",
        secure=True,
    )


def test_mail_links_to_the_address_the_editor_used_and_carries_the_comment(
    settings, editors, django_capture_on_commit_callbacks
):
    settings.SITE_URL = ""
    settings.ALLOWED_HOSTS = ["archive.example.kz", "testserver"]
    author, reviewer, _publisher = editors
    event = make_event(title="Days of Culture", status=Status.DRAFT, created_by=author)

    with django_capture_on_commit_callbacks(execute=True):
        _submit_through_the_admin(Client(), author, event, "Dates checked against the embassy's page.")

    [message] = mail.outbox
    assert message.to == [reviewer.email]
    assert f"https://archive.example.kz{change_url(event)}" in message.body
    assert "Dates checked against the embassy's page." in message.body
    assert "127.0.0.1:8000" not in message.body


def test_the_configured_site_address_wins(settings, editors, django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://madeni.kz"
    settings.ALLOWED_HOSTS = ["archive.example.kz", "testserver"]
    author, _reviewer, _publisher = editors
    event = make_event(status=Status.DRAFT, created_by=author)

    with django_capture_on_commit_callbacks(execute=True):
        _submit_through_the_admin(Client(), author, event, "")

    assert f"https://madeni.kz{change_url(event)}" in mail.outbox[0].body


def test_approval_tells_the_publishers(editors, django_capture_on_commit_callbacks):
    author, reviewer, publisher = editors
    event = make_event(title="Nauryz concert", status=Status.DRAFT, created_by=author)
    workflow.submit(event, by=author)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        workflow.approve(event, by=reviewer, comment="Ready for the home page.")

    [message] = mail.outbox
    assert message.to == [publisher.email]
    assert "Nauryz concert" in message.subject and "Ready for the home page." in message.body


def test_the_first_version_shows_every_field_as_added(client, editors):
    author, _reviewer, _publisher = editors
    event = make_event(title="Brand new event", status=Status.DRAFT, created_by=author)
    workflow.saved(event, by=author, created=True)
    client.force_login(author)

    response = client.get(editorial_url(event, "diff"))

    changes = {change.label.lower(): change for change in response.context["changes"]}
    assert "No differences" not in response.content.decode()
    assert any("title" in label and change.new == "Brand new event" for label, change in changes.items())
