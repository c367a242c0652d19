"""The editors' dashboard on the admin home: sections per role, counts, links, overdue marks."""

import datetime
import re

import pytest
from django.db.models import Q
from django.utils import timezone

from archive.models import Status
from editorial import dashboard, workflow
from editorial.rules import AUTHOR, REVIEWER
from tests.factories import make_event, make_person, make_user

HOME = "/admin/"


def _sections(client):
    response = client.get(HOME)
    assert response.status_code == 200
    page = response.content.decode()
    found = dict(re.findall(r'id="desk-(\w+)">\s*<h3>[^<]*<span class="desk-count">(\d+)</span>', page))
    return {key: int(count) for key, count in found.items()}, page


@pytest.fixture
def desk(author, reviewer, publisher):
    """A draft, a sent-back record, one waiting for review, an approved one, a scheduled and a published one."""
    now = timezone.now()
    made = {
        name: make_event(title=f"{name} event", status=Status.DRAFT, created_by=author)
        for name in ("draft", "sent_back", "waiting", "approved", "scheduled", "published")
    }
    for name in ("sent_back", "waiting", "approved", "scheduled", "published"):
        workflow.submit(made[name], by=author)
    workflow.send_back(made["sent_back"], by=reviewer, comment="Name the venue, please")
    for name in ("approved", "scheduled", "published"):
        workflow.approve(made[name], by=reviewer)
    workflow.schedule(made["scheduled"], by=publisher, go_live_at=now + datetime.timedelta(days=3), expire_at=None)
    workflow.publish(made["scheduled"], by=publisher)
    workflow.publish(made["published"], by=publisher)
    return made


def test_author_sees_own_drafts_and_what_was_sent_back_with_the_comment(client, desk, author):
    client.force_login(author)
    sections, page = _sections(client)
    assert sections == {"my_drafts": 1, "sent_back": 1, "recent": 1, "translations": 0}
    assert "Name the venue, please" in page and "sent_back event" in page


def test_reviewer_sees_what_waits_for_review(client, desk, reviewer):
    client.force_login(reviewer)
    sections, _page = _sections(client)
    assert sections == {"to_review": 1, "recent": 1, "translations": 0}


def test_reviewer_does_not_see_records_assigned_to_someone_else(client, author, reviewer):
    other = make_user("other-reviewer", groups=[REVIEWER])
    workflow.submit(make_event(status=Status.DRAFT, created_by=author), by=author, reviewer=other)
    workflow.submit(make_event(status=Status.DRAFT, created_by=author), by=author, reviewer=reviewer)
    client.force_login(reviewer)
    assert _sections(client)[0]["to_review"] == 1


def test_publisher_sees_approved_and_scheduled(client, desk, publisher):
    client.force_login(publisher)
    sections, _page = _sections(client)
    assert sections == {"approved": 1, "scheduled": 1, "recent": 1, "translations": 0}


def test_superuser_sees_every_section(client, desk, admin_user):
    client.force_login(admin_user)
    sections, _page = _sections(client)
    assert list(sections) == [entry.key for entry in dashboard.SECTIONS]


def test_staff_without_an_editorial_role_see_no_dashboard(client, desk):
    clerk = make_user("clerk")
    client.force_login(clerk)
    assert _sections(client)[0] == {}


def test_overdue_reviews_are_marked(client, author, reviewer, settings):
    settings.MADENI_REVIEW_OVERDUE_DAYS = 7
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    workflow.submit(make_event(status=Status.DRAFT, created_by=author), by=author, due=yesterday)
    workflow.submit(make_event(status=Status.DRAFT, created_by=author), by=author)
    client.force_login(reviewer)
    page = _sections(client)[1]
    section = page.split('id="desk-to_review"')[1].split('class="desk-section"')[0]
    assert '<span class="desk-count">2</span>' in section
    assert "Overdue: 1" in section


def test_approved_record_past_its_go_live_time_is_overdue(client, author, reviewer, publisher):
    event = make_event(status=Status.DRAFT, created_by=author)
    workflow.schedule(event, by=publisher, go_live_at=timezone.now() - datetime.timedelta(hours=1), expire_at=None)
    workflow.submit(event, by=author)
    workflow.approve(event, by=reviewer)
    client.force_login(publisher)
    built = {s["key"]: s for s in dashboard.build(publisher)}
    assert (built["approved"]["count"], built["approved"]["overdue"]) == (1, 1)


def test_each_count_links_to_a_list_of_exactly_those_records(client, desk, author, reviewer):
    workflow.submit(make_person(status=Status.DRAFT, created_by=author), by=author)
    client.force_login(reviewer)
    (section,) = [s for s in dashboard.build(reviewer) if s["key"] == "to_review"]
    assert {kind["label"]: kind["count"] for kind in section["kinds"]} == {"Events": 1, "People": 1}
    for kind in section["kinds"]:
        listing = client.get(kind["url"])
        assert listing.status_code == 200
        assert len(listing.context["cl"].result_list) == kind["count"]
    assert [e.title for e in client.get(section["kinds"][0]["url"]).context["cl"].result_list] == ["waiting event"]


def test_a_section_someone_may_not_see_lists_nothing(client, desk, author):
    client.force_login(author)
    response = client.get("/admin/archive/event/", {"desk": "approved"})
    assert response.status_code == 200 and list(response.context["cl"].result_list) == []


def test_a_new_section_is_one_entry(client, desk, author, monkeypatch):
    slug = desk["draft"].slug
    extra = dashboard.Section("by_slug", "By slug", frozenset({AUTHOR}), lambda user, now: Q(slug=slug))
    monkeypatch.setattr(dashboard, "SECTIONS", [*dashboard.SECTIONS, extra])
    client.force_login(author)
    assert _sections(client)[0]["by_slug"] == 1
    listing = client.get("/admin/archive/event/", {"desk": "by_slug"})
    assert [e.title for e in listing.context["cl"].result_list] == ["draft event"]


def test_dashboard_queries_do_not_grow_with_records(
    client, author, reviewer, publisher, admin_user, django_assert_max_num_queries
):
    client.force_login(admin_user)
    for n in range(30):
        event = make_event(title=f"Event {n}", status=Status.DRAFT, created_by=author)
        if n % 2:
            workflow.submit(event, by=author)
        if n % 4 == 1:
            workflow.send_back(event, by=reviewer, comment=f"Note {n}")
    client.get(HOME)  # warm caches (content types, sessions)
    with django_assert_max_num_queries(13):
        sections, _page = _sections(client)
    assert sections["my_drafts"] == 0  # the superuser made none
    assert sum(sections.values()) > 0


def test_counts_match_every_row_checked_against_every_section(author, reviewer, publisher, admin_user):
    """The dashboard reads only the rows in hand (``_candidates``); none that belongs is left out."""
    now = timezone.now()
    long_ago = now - datetime.timedelta(days=400)
    desk_records = []
    for n, (status, maker) in enumerate(
        [(Status.DRAFT, author), (Status.DRAFT, reviewer), (Status.DRAFT, None), (Status.ARCHIVED, author)] * 2
    ):
        desk_records.append(make_event(title=f"Record {n}", status=status, created_by=maker))
    for event in (desk_records[0], desk_records[4]):
        workflow.submit(event, by=author)
    workflow.send_back(desk_records[0], by=reviewer, comment="More sources")
    workflow.approve(desk_records[4], by=reviewer)
    settled = make_event(title="Settled long ago", status=Status.PUBLISHED)
    pending = make_event(title="Published with a change", status=Status.PUBLISHED, has_pending_changes=True)
    scheduled = make_event(
        title="Goes live later", status=Status.PUBLISHED, go_live_at=now + datetime.timedelta(days=2)
    )
    type(settled).objects.filter(pk__in=[settled.pk, pending.pk, scheduled.pk]).update(modified=long_ago)
    make_person(name="A person drafted by the author", status=Status.DRAFT, created_by=author)

    for user in (author, reviewer, publisher, admin_user):
        built = {section["key"]: section for section in dashboard.build(user, now=now)}
        for entry in dashboard.sections_for(user):
            for model in dashboard.RECORD_MODELS:
                every_row = dashboard.states.with_review(model._base_manager.all())
                truth = every_row.filter(entry.condition(user, now, model)).count()
                shown = sum(
                    kind["count"]
                    for kind in built[entry.key]["kinds"]
                    if kind["label"] == model._meta.verbose_name_plural.capitalize()
                )
                assert shown == truth, (user.username, entry.key, model.__name__)


@pytest.mark.postgresql
def test_the_rows_in_hand_are_found_through_indexes_not_a_scan_of_the_archive(author):
    from django.db import connection

    from archive.models import Event

    make_event(title="Settled", status=Status.PUBLISHED)
    query = Event._base_manager.filter(pk__in=dashboard._candidates(Event, timezone.now(), author))
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = query.explain()
    assert "Seq Scan on archive_event" not in plan, plan
