"""Bad input to the editorial pages never gives a 500 and changes nothing."""

import pytest
from django.urls import reverse

from archive.models import Event, Status
from editorial.models import AuditEntry, ShareLink
from tests.editorial.admin_forms import editorial_url
from tests.factories import make_event


@pytest.fixture
def draft(author):
    return make_event(status=Status.DRAFT, created_by=author)


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"action": "explode"}, 400),
        ({}, 400),
        ({"action": "submit", "due": "next tuesday"}, 302),
        ({"action": "submit", "reviewer": "999999"}, 302),
        ({"action": "submit", "version": "abc"}, 302),
    ],
)
def test_bad_transition_input_changes_nothing(client, draft, author, payload, status):
    client.force_login(author)
    response = client.post(editorial_url(draft, "act"), payload)
    assert response.status_code == status
    assert Event.objects.get(pk=draft.pk).status == Status.DRAFT
    assert not AuditEntry.objects.exists()


def test_get_on_state_changing_urls_is_not_allowed(client, draft, author):
    client.force_login(author)
    for name in ("act", "schedule", "share"):
        assert client.get(editorial_url(draft, name)).status_code == 405


@pytest.mark.parametrize("object_id", ["999999", "not-a-number"])
def test_unknown_record_is_404(client, admin_user, object_id):
    client.force_login(admin_user)
    for name in ("preview", "diff"):
        assert client.get(reverse(f"admin:archive_event_editorial_{name}", args=[object_id])).status_code == 404
    assert client.get(reverse("admin:archive_event_history", args=[object_id])).status_code == 404


def test_share_with_bad_days_changes_nothing(client, draft, publisher):
    client.force_login(publisher)
    response = client.post(editorial_url(draft, "share"), {"days": "forever"}, follow=True)
    assert "Choose how many days" in response.content.decode()
    assert not ShareLink.objects.exists()
