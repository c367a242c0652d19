"""Go-live and expiry are honoured by published() at the moment, with no background worker."""

import datetime
import zoneinfo

import pytest
import time_machine

from archive.models import Event, Status
from editorial import workflow
from tests.editorial.admin_forms import editorial_url
from tests.factories import make_event

NOON = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def scheduled(author, reviewer, publisher):
    with time_machine.travel(NOON, tick=False):
        event = make_event(status=Status.DRAFT, created_by=author)
        workflow.schedule(
            event,
            by=publisher,
            go_live_at=NOON + datetime.timedelta(days=1),
            expire_at=NOON + datetime.timedelta(days=10),
        )
        workflow.submit(event, by=author)
        workflow.approve(event, by=reviewer)
        workflow.publish(event, by=publisher)
    return event


@pytest.mark.parametrize(
    ("moment", "public"),
    [
        (NOON, False),
        (NOON + datetime.timedelta(days=1) - datetime.timedelta(seconds=1), False),
        (NOON + datetime.timedelta(days=1), True),
        (NOON + datetime.timedelta(days=5), True),
        (NOON + datetime.timedelta(days=10), False),
    ],
)
def test_scheduled_record_is_public_only_between_go_live_and_expiry(scheduled, moment, public):
    with time_machine.travel(moment, tick=False):
        assert Event.objects.published().filter(pk=scheduled.pk).exists() is public
        assert Event.objects.get(pk=scheduled.pk).is_published() is public


def test_expiry_before_go_live_is_refused(publisher):
    event = make_event(status=Status.DRAFT)
    with pytest.raises(workflow.Refused):
        workflow.schedule(event, by=publisher, go_live_at=NOON, expire_at=NOON - datetime.timedelta(hours=1))
    assert Event.objects.get(pk=event.pk).go_live_at is None


def test_only_publishers_schedule(author):
    event = make_event(status=Status.DRAFT, created_by=author)
    with pytest.raises(workflow.Refused):
        workflow.schedule(event, by=author, go_live_at=NOON, expire_at=None)


def test_scheduled_items_show_in_the_review_queue_and_list_filter(client, scheduled, publisher):
    client.force_login(publisher)
    with time_machine.travel(NOON, tick=False):
        queue = client.get("/admin/editorial/reviewstate/")
        listing = client.get("/admin/archive/event/", {"editorial": "scheduled"})
    assert str(scheduled) in queue.content.decode()
    assert list(listing.context["cl"].result_list) == [scheduled]


def test_schedule_form_in_the_admin(client, publisher):
    event = make_event(status=Status.DRAFT)
    client.force_login(publisher)
    response = client.post(editorial_url(event, "schedule"), {"go_live_at": "2030-01-01T10:00", "expire_at": ""})
    assert response.status_code == 302
    almaty = zoneinfo.ZoneInfo("Asia/Almaty")  # TIME_ZONE: datetime-local inputs are in local time
    assert Event.objects.get(pk=event.pk).go_live_at == datetime.datetime(2030, 1, 1, 10, 0, tzinfo=almaty)
    bad = client.post(editorial_url(event, "schedule"), {"go_live_at": "soon"}, follow=True)
    assert "Enter valid dates" in bad.content.decode()


def test_changelist_marks_scheduled_and_pending_records_without_extra_queries(
    client, scheduled, publisher, django_assert_max_num_queries
):
    for n in range(5):
        make_event(title=f"Plain {n}", go_live_at=NOON + datetime.timedelta(days=n + 1), has_pending_changes=True)
    client.force_login(publisher)
    with time_machine.travel(NOON, tick=False):
        client.get("/admin/archive/event/")
        with django_assert_max_num_queries(12):
            page = client.get("/admin/archive/event/").content.decode()
    assert page.count("oes live ") == 6 and page.count("Pending changes, goes live") == 5
