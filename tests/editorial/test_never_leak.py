"""Nothing from drafts, pending changes, reviews, archives, revisions or comments reaches the public."""

import pytest
from django.test import Client
from django.urls import reverse

from archive.models import Status
from editorial import workflow
from tests.editorial.admin_forms import change_url, edit, editorial_url
from tests.factories import make_event, make_user

SECRET_COMMENT = "Secret reviewer remark"


@pytest.fixture
def records(author, reviewer, publisher):
    draft = make_event(status=Status.DRAFT, created_by=author, title="Secret draft", summary="Secret draft text")
    in_review = make_event(status=Status.DRAFT, created_by=author, title="Secret review", summary="Secret review text")
    workflow.submit(in_review, by=author, comment=SECRET_COMMENT)
    archived = make_event(created_by=author, title="Secret archived", summary="Secret archived text")
    workflow.archive(archived, by=publisher, comment=SECRET_COMMENT)
    live = make_event(created_by=author, title="Public event", summary="Public text")
    editor = Client()
    editor.force_login(author)
    edit(editor, live, summary_en="Secret pending text", editorial_comment=SECRET_COMMENT)
    expired = workflow.share(live, by=publisher, days=1)
    revoked = workflow.share(draft, by=publisher, days=1)
    workflow.revoke_share_link(revoked, by=publisher)
    from django.utils import timezone

    type(expired).objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    return {"draft": draft, "in_review": in_review, "archived": archived, "live": live, "links": [expired, revoked]}


SECRETS = (b"Secret draft", b"Secret review", b"Secret archived", b"Secret pending", SECRET_COMMENT.encode())


def _urls(records):
    for key in ("draft", "in_review", "archived", "live"):
        record = records[key]
        yield change_url(record)
        yield change_url(record).replace("/change/", "/history/")
        for name in ("preview", "diff"):
            yield editorial_url(record, name)
        yield editorial_url(record, "preview") + "?revision=1"
    for link in records["links"]:
        yield reverse("editorial:share", args=[link.token])
    yield "/admin/editorial/reviewstate/"
    yield "/admin/editorial/auditentry/"
    yield "/en/"


@pytest.mark.parametrize("who", ["anonymous", "reader", "inactive_editor"])
def test_public_and_unprivileged_users_see_no_secret(records, who):
    client = Client()
    if who == "reader":
        client.force_login(make_user("reader", is_staff=False))
    elif who == "inactive_editor":
        client.force_login(make_user("gone", groups=["Reviewer", "Publisher"], is_active=False))
    for url in _urls(records):
        response = client.get(url, follow=True)
        for secret in SECRETS:
            assert secret not in response.content, (url, secret)


def test_public_home_shows_the_live_version_only(records):
    page = Client().get("/en/").content
    assert b"Public event" in page
    for secret in SECRETS:
        assert secret not in page


def test_preview_and_share_pages_are_never_cached(records, reviewer, publisher):
    client = Client()
    client.force_login(reviewer)
    for url in (editorial_url(records["draft"], "preview"), editorial_url(records["live"], "diff")):
        assert "no-store" in client.get(url)["Cache-Control"]
    link = workflow.share(records["live"], by=publisher)
    response = Client().get(reverse("editorial:share", args=[link.token]))
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert SECRET_COMMENT.encode() not in response.content  # content yes, comments no
    for link in records["links"]:
        refused = Client().get(reverse("editorial:share", args=[link.token]))
        assert refused.status_code == 403 and "no-store" in refused["Cache-Control"]
