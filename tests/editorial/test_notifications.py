"""Email: reviewers on submit, the author on send-back and publish."""

from django.core import mail

from archive.models import Status
from editorial import workflow
from tests.factories import make_event, make_user


def test_submit_emails_the_reviewers(author, reviewer, django_capture_on_commit_callbacks):
    other = make_user("reviewer2", groups=["Reviewer"], email="second@example.org")
    event = make_event(status=Status.DRAFT, created_by=author, title="Concert")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(event, by=author)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([reviewer.email, other.email])
    assert "Concert" in mail.outbox[0].subject


def test_submit_with_a_named_reviewer_emails_only_them(author, reviewer, django_capture_on_commit_callbacks):
    make_user("reviewer2", groups=["Reviewer"])
    event = make_event(status=Status.DRAFT, created_by=author)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(event, by=author, reviewer=reviewer)
    assert [m.to for m in mail.outbox] == [[reviewer.email]]


def test_send_back_and_publish_email_the_author(author, reviewer, publisher, django_capture_on_commit_callbacks):
    event = make_event(status=Status.DRAFT, created_by=author, title="Concert")
    workflow.submit(event, by=author)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.send_back(event, by=reviewer, comment="Add the venue")
    assert [m.to for m in mail.outbox] == [[author.email]]
    assert "Add the venue" in mail.outbox[0].body

    workflow.submit(event, by=author)
    workflow.approve(event, by=reviewer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(event, by=publisher)
    assert [m.to for m in mail.outbox] == [[author.email]]
    assert "Published" in mail.outbox[0].subject


def test_refused_transition_sends_nothing(author, publisher, django_capture_on_commit_callbacks):
    event = make_event(status=Status.DRAFT, created_by=author)
    with django_capture_on_commit_callbacks(execute=True):
        try:
            workflow.publish(event, by=publisher)
        except workflow.Refused:
            pass
    assert mail.outbox == []


def test_links_in_mail_are_absolute_when_the_site_url_is_set(
    settings, author, reviewer, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://madeni.example/"
    event = make_event(status=Status.DRAFT, created_by=author)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(event, by=author)
    assert f"https://madeni.example/admin/archive/event/{event.pk}/change/" in mail.outbox[0].body
