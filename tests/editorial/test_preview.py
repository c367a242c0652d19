"""Staff preview: the page as it would look with the pending changes, never cached, never public."""

import pytest
from django.test import Client

from archive.models import Event, Status
from editorial import revisions
from tests.editorial.admin_forms import edit, editorial_url
from tests.factories import make_event, make_person, make_user


@pytest.fixture
def live_with_pending(client, author):
    event = make_event(title="Days of Culture", summary="Live summary", created_by=author)
    client.force_login(author)
    edit(client, event, summary_en="Pending summary")
    client.logout()
    return Event.objects.get(pk=event.pk)


def test_reviewer_sees_pending_changes_in_preview(client, live_with_pending, reviewer):
    client.force_login(reviewer)
    response = client.get(editorial_url(live_with_pending, "preview"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Pending summary" in page and "Live summary" not in page
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    # The preview leaves nothing behind.
    assert Event.objects.get(pk=live_with_pending.pk).summary == "Live summary"


def test_preview_of_a_given_revision(client, live_with_pending, reviewer):
    first = revisions.for_record(live_with_pending).order_by("number").first()
    client.force_login(reviewer)
    page = client.get(editorial_url(live_with_pending, "preview"), {"revision": first.number}).content.decode()
    assert "Live summary" in page and "Pending summary" not in page


def test_preview_of_a_draft_leaves_it_a_draft(client, reviewer):
    draft = make_event(status=Status.DRAFT, title="Secret plans")
    client.force_login(reviewer)
    assert "Secret plans" in client.get(editorial_url(draft, "preview")).content.decode()
    assert Event.objects.get(pk=draft.pk).status == Status.DRAFT
    assert not Event.objects.published().filter(pk=draft.pk).exists()


def test_preview_hides_links_to_records_that_are_not_public(client, reviewer):
    hidden = make_person(name="Unannounced Guest", status=Status.DRAFT)
    shown = make_person(name="Aida Balayeva")
    draft = make_event(status=Status.DRAFT, participants=[(hidden, "Guest"), (shown, "Minister")])
    client.force_login(reviewer)
    page = client.get(editorial_url(draft, "preview")).content.decode()
    assert "Aida Balayeva" in page and "Unannounced Guest" not in page


@pytest.mark.parametrize("who", ["anonymous", "inactive", "not_staff"])
def test_preview_refused_without_an_editorial_login(live_with_pending, who):
    client = Client()
    if who == "inactive":
        client.force_login(make_user("gone", groups=["Reviewer"], is_active=False))
    elif who == "not_staff":
        client.force_login(make_user("reader", groups=["Reviewer"], is_staff=False))
    response = client.get(editorial_url(live_with_pending, "preview"))
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]
    assert "Pending summary" not in response.content.decode()


def test_preview_refused_to_staff_without_a_role(client, live_with_pending):
    client.force_login(make_user("plain"))
    response = client.get(editorial_url(live_with_pending, "preview"))
    assert response.status_code in (403, 404)
    assert "Pending summary" not in response.content.decode()


def test_preview_is_the_real_public_page(client, reviewer):
    """Not a look-alike: the public detail view renders it, metadata and related links included."""
    guest = make_person(name="Rachida Dati")
    draft = make_event(status=Status.DRAFT, title="Ministers meet in Paris", participants=[(guest, "Minister")])
    client.force_login(reviewer)
    page = client.get(editorial_url(draft, "preview")).content.decode()
    public = Client().get(f"/en/events/{draft.slug}/")
    assert public.status_code == 404
    assert "application/ld+json" in page
    assert f'href="/en/people/{guest.slug}/"' in page
