"""Record lists say where each record stands: an approved record is "Approved", not "In review"."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from archive.models import Event, Status
from editorial import states, workflow
from tests.factories import make_event, publish_through_workflow

LIST = "/admin/archive/event/"


@pytest.fixture
def records(author, reviewer, publisher):
    """One event in each state, by title."""
    now = timezone.now()
    made = {name: make_event(title=name, status=Status.DRAFT, created_by=author) for name in states.STATES}
    for name in ("sent_back", "in_review", "approved", "scheduled", "published", "archived"):
        workflow.submit(made[name], by=author)
    workflow.send_back(made["sent_back"], by=reviewer, comment="Add the venue")
    for name in ("approved", "scheduled", "published", "archived"):
        workflow.approve(made[name], by=reviewer)
    workflow.schedule(made["scheduled"], by=publisher, go_live_at=now + datetime.timedelta(days=2), expire_at=None)
    for name in ("scheduled", "published", "archived"):
        workflow.publish(made[name], by=publisher)
    workflow.archive(made["archived"], by=publisher)
    return made


def _titles(response):
    assert response.status_code == 200
    return {record.title for record in response.context["cl"].result_list}


def test_each_state_filter_lists_exactly_its_records(client, records, publisher):
    client.force_login(publisher)
    for name in states.STATES:
        assert _titles(client.get(LIST, {"state": name})) == {name}, name


def test_the_state_column_says_approved_sent_back_and_scheduled(client, records, publisher):
    client.force_login(publisher)
    response = client.get(LIST)
    cl = response.context["cl"]
    labels = {row.title: str(cl.model_admin.editorial_state(row)) for row in cl.result_list}
    assert labels == {
        "draft": "Draft",
        "sent_back": "Sent back",
        "in_review": "In review",
        "approved": "Approved",
        "scheduled": "Scheduled",
        "published": "Published",
        "archived": "Archived",
    }
    page = response.content.decode()
    assert "<th" in page and ">State<" in page and "Approved" in page


def test_live_record_with_approved_changes_is_found_under_approved(client, author, reviewer, publisher):
    live = make_event(title="Live", status=Status.DRAFT, created_by=author)
    publish_through_workflow(live, author=author, reviewer=reviewer, publisher=publisher)
    workflow.save_pending(live, {"fields": {}}, by=author)
    workflow.submit(live, by=author)
    workflow.approve(live, by=reviewer)
    client.force_login(publisher)
    assert _titles(client.get(LIST, {"state": "approved"})) == {"Live"}
    assert _titles(client.get(LIST, {"state": "published"})) == {"Live"}
    row = client.get(LIST).context["cl"].result_list[0]
    assert str(states.state_label(row)) == "Published; changes: Approved"


def test_an_unknown_state_lists_nothing_instead_of_failing(client, records, publisher):
    client.force_login(publisher)
    assert _titles(client.get(LIST, {"state": "nonsense"})) == set()


def test_overdue_review_is_marked_in_the_list(client, records, reviewer, settings):
    settings.MADENI_REVIEW_OVERDUE_DAYS = 3
    client.force_login(reviewer)
    later = timezone.now() + datetime.timedelta(days=4)
    row = next(r for r in client.get(LIST).context["cl"].result_list if r.title == "in_review")
    assert "overdue" not in str(states.state_label(row))
    assert "overdue" in str(states.state_label(row, now=later))


def test_list_queries_do_not_grow_with_rows(client, author, publisher):
    client.force_login(publisher)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST).status_code == 200
        return len(queries)

    for n in range(3):
        workflow.submit(make_event(title=f"few {n}", status=Status.DRAFT, created_by=author), by=author)
    few = count()
    for n in range(20):
        workflow.submit(make_event(title=f"many {n}", status=Status.DRAFT, created_by=author), by=author)
    assert Event.objects.count() == 23
    assert count() == few
