"""The review queue lists what waits for the current user's role, oldest first, overdue marked."""

import datetime

import time_machine

from archive.models import Status
from editorial import workflow
from tests.factories import make_document, make_event

QUEUE = "/admin/editorial/reviewstate/"


def test_reviewer_sees_submissions_oldest_first_with_overdue_marked(client, author, reviewer):
    with time_machine.travel(datetime.datetime(2026, 5, 1, 9, tzinfo=datetime.UTC), tick=False):
        old = make_event(status=Status.DRAFT, created_by=author, title="Older event")
        workflow.submit(old, by=author, reviewer=reviewer, due=datetime.date(2026, 5, 3))
    with time_machine.travel(datetime.datetime(2026, 5, 2, 9, tzinfo=datetime.UTC), tick=False):
        new = make_document(status=Status.DRAFT, created_by=author, title="Newer document")
        workflow.submit(new, by=author)
    untouched = make_event(status=Status.DRAFT, created_by=author, title="Still a draft")

    client.force_login(reviewer)
    with time_machine.travel(datetime.datetime(2026, 5, 10, 9, tzinfo=datetime.UTC), tick=False):
        response = client.get(QUEUE)
    page = response.content.decode()
    assert response.status_code == 200
    assert page.index("Older event") < page.index("Newer document")
    assert str(untouched) not in page
    assert "Overdue" in page and "assigned to you" in page
    waiting = dict(response.context["sections"])["Waiting for review"]
    assert [row["record"] for row in waiting] == [old, new]
    assert waiting[0]["overdue"] and not waiting[1]["overdue"]


def test_publisher_sees_approved_items_and_author_sees_sent_back_ones(client, author, reviewer, publisher):
    approved = make_event(status=Status.DRAFT, created_by=author, title="Approved one")
    returned = make_event(status=Status.DRAFT, created_by=author, title="Returned one")
    for event in (approved, returned):
        workflow.submit(event, by=author)
    workflow.approve(approved, by=reviewer)
    workflow.send_back(returned, by=reviewer, comment="Needs sources")

    client.force_login(publisher)
    page = client.get(QUEUE).content.decode()
    assert "Approved one" in page and "Returned one" not in page
    client.force_login(author)
    page = client.get(QUEUE).content.decode()
    assert "Returned one" in page and "Needs sources" in page and "Approved one" not in page


def test_queue_is_closed_to_staff_without_a_role(client):
    from tests.factories import make_user

    client.force_login(make_user("plain"))
    assert client.get(QUEUE).status_code == 403


def test_queue_query_count_does_not_grow_with_items(client, author, reviewer, django_assert_max_num_queries):
    for n in range(6):
        workflow.submit(make_event(status=Status.DRAFT, created_by=author, title=f"Event {n}"), by=author)
    client.force_login(reviewer)
    client.get(QUEUE)
    with django_assert_max_num_queries(19):  # 12, and one per record type for records in review without a state
        client.get(QUEUE)


def test_every_record_in_review_is_in_the_queue_whatever_put_it_there(client, author, reviewer):
    submitted = make_event(status=Status.DRAFT, created_by=author, title="Submitted in the admin")
    workflow.submit(submitted, by=author)
    imported = make_document(status=Status.IN_REVIEW, created_by=author, title="Loaded in review")

    client.force_login(reviewer)
    waiting = dict(client.get(QUEUE).context["sections"])["Waiting for review"]

    assert {row["record"] for row in waiting} == {submitted, imported}


def test_records_in_review_without_a_review_state_cost_no_query_per_record(
    client, author, reviewer, django_assert_max_num_queries
):
    for n in range(6):
        make_event(status=Status.IN_REVIEW, created_by=author, title=f"Loaded {n}")
    client.force_login(reviewer)
    client.get(QUEUE)
    with django_assert_max_num_queries(20):
        response = client.get(QUEUE)
    assert len(dict(response.context["sections"])["Waiting for review"]) == 6
