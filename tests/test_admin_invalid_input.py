"""Bad input in the admin is a form error and saves nothing."""

import pytest
from django.urls import reverse

from archive.models import Event, Person
from tests.factories import make_event, make_user


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_user("editor", is_superuser=True))
    return client


def _event_form(**overrides):
    data = {
        "title_en": "Concert at UNESCO",
        "event_type": "concert",
        "date": "2025-09",
        "slug": "",
        "status": "draft",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "event_organizations-TOTAL_FORMS": "0",
        "event_organizations-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_valid_event_is_saved_with_computed_bounds(staff_client):
    response = staff_client.post(reverse("admin:archive_event_add"), _event_form())
    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.slug, str(event.date_lower), str(event.date_upper)) == (
        "concert-at-unesco",
        "2025-09-01",
        "2025-09-30",
    )


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("25 September 2025", "is not a valid EDTF date"),
        ("2025-02-30", "is not a valid EDTF date"),
        ("2025/2019", "The end of this period comes before its start"),
        ("2019-10-12/2019-09-12", "The end of this period comes before its start"),
    ],
)
def test_bad_date_is_a_form_error_and_saves_nothing(staff_client, date, message):
    response = staff_client.post(reverse("admin:archive_event_add"), _event_form(date=date))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Event.objects.exists()


def test_duplicate_slug_is_a_form_error_and_saves_nothing(staff_client):
    make_event(title="Existing", slug="taken")
    response = staff_client.post(reverse("admin:archive_event_add"), _event_form(slug="taken"))
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert Event.objects.count() == 1


def test_bad_edit_leaves_the_stored_record_unchanged(staff_client):
    event = make_event(title="Meeting in Paris", date="2025-09-25", status="draft")
    url = reverse("admin:archive_event_change", args=[event.pk])
    response = staff_client.post(url, _event_form(title_en="Changed", date="2025-13", slug=event.slug))
    assert response.status_code == 200
    event.refresh_from_db()
    assert (event.title_en, event.date) == ("Meeting in Paris", "2025-09-25")


def test_expiry_before_go_live_is_a_form_error(staff_client):
    response = staff_client.post(
        reverse("admin:archive_event_add"),
        _event_form(go_live_at_0="2025-10-01", go_live_at_1="10:00", expire_at_0="2025-09-01", expire_at_1="10:00"),
    )
    assert response.status_code == 200
    assert "Expiry must come after go-live" in response.content.decode()
    assert not Event.objects.exists()


def test_person_needs_a_name_in_the_default_language(staff_client):
    response = staff_client.post(
        reverse("admin:archive_person_add"),
        {"name_ru": "Аида Балаева", "status": "draft", "positions-TOTAL_FORMS": "0", "positions-INITIAL_FORMS": "0"},
    )
    assert response.status_code == 200
    assert not Person.objects.exists()
