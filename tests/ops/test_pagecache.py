"""Public pages come from the cache until the public may see something new — never later, never for staff."""

import datetime

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils import timezone

from archive.models import Event, Status
from editorial import workflow
from ops import pagecache
from tests.editorial.admin_forms import edit
from tests.factories import make_editors, make_event, make_user, publish_through_workflow

pytestmark = pytest.mark.django_db

LIST = "/en/events/"


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.MADENI_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editors():
    return make_editors()


def _get(client, url=LIST):
    return client.get(url)


def _titles(response):
    return response.content.decode()


def test_a_second_visit_is_served_from_the_cache_without_a_query(client, django_assert_num_queries):
    make_event(title="Days of Culture in Paris")
    first = _get(client)

    with django_assert_num_queries(0):
        second = _get(client)

    assert first["X-Cache"] == "miss" and second["X-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "no-cache" in second["Cache-Control"]


def test_an_unchanged_page_answers_304_to_a_revalidating_cdn(client):
    make_event(title="Days of Culture in Paris")
    etag = _get(client)["ETag"]

    assert client.get(LIST, headers={"If-None-Match": etag}).status_code == 304


# Writes run their after-commit work as a committed transaction would: the test's own
# transaction never commits.


def test_publishing_shows_at_once(client, editors, django_capture_on_commit_callbacks):
    author, reviewer, publisher = editors
    with django_capture_on_commit_callbacks(execute=True):
        event = make_event(title="A new exhibition", status=Status.DRAFT, created_by=author)
    assert "A new exhibition" not in _titles(_get(client))

    with django_capture_on_commit_callbacks(execute=True):
        publish_through_workflow(event, author=author, reviewer=reviewer, publisher=publisher)

    assert "A new exhibition" in _titles(_get(client))


def test_unpublishing_and_archiving_hide_at_once(client, editors, django_capture_on_commit_callbacks):
    _author, _reviewer, publisher = editors
    with django_capture_on_commit_callbacks(execute=True):
        gone, archived = make_event(title="Withdrawn concert"), make_event(title="Archived forum")
    page = _titles(_get(client))
    assert "Withdrawn concert" in page and "Archived forum" in page

    with django_capture_on_commit_callbacks(execute=True):
        workflow.unpublish(gone, by=publisher)
        workflow.archive(archived, by=publisher)

    page = _titles(_get(client))
    assert "Withdrawn concert" not in page and "Archived forum" not in page


def test_publishing_pending_changes_shows_them_at_once(client, editors, django_capture_on_commit_callbacks):
    author, reviewer, publisher = editors
    with django_capture_on_commit_callbacks(execute=True):
        event = make_event(title="Old title", created_by=author)
    url = f"/en/events/{event.slug}/"
    assert "Old title" in _titles(_get(client, url))
    staff = Client()
    staff.force_login(author)
    with django_capture_on_commit_callbacks(execute=True):
        edit(staff, event, title_en="New title")
    assert "Old title" in _titles(_get(client, url))  # pending: the public page is unchanged

    with django_capture_on_commit_callbacks(execute=True):
        publish_through_workflow(Event.objects.get(pk=event.pk), author=author, reviewer=reviewer, publisher=publisher)

    assert "New title" in _titles(_get(client, url))


def test_expiry_takes_a_record_off_cached_pages_on_time(client, time_machine):
    now = timezone.now()
    time_machine.move_to(now, tick=False)
    make_event(title="Short-lived show", expire_at=now + datetime.timedelta(minutes=5))
    assert "Short-lived show" in _titles(_get(client))

    time_machine.move_to(now + datetime.timedelta(minutes=6), tick=False)

    assert "Short-lived show" not in _titles(_get(client))


def test_go_live_puts_a_record_on_cached_pages_on_time(client, time_machine):
    now = timezone.now()
    time_machine.move_to(now, tick=False)
    make_event(title="Scheduled premiere", go_live_at=now + datetime.timedelta(minutes=5))
    assert "Scheduled premiere" not in _titles(_get(client))

    time_machine.move_to(now + datetime.timedelta(minutes=6), tick=False)

    assert "Scheduled premiere" in _titles(_get(client))


def test_staff_pages_are_never_served_from_or_stored_in_the_cache(client, editors):
    author, _reviewer, _publisher = editors
    make_event(title="Draft only staff see", status=Status.DRAFT, created_by=author)
    staff = Client()
    staff.force_login(make_user(is_superuser=True))
    anonymous_first = _get(client)

    staff_page = _get(staff)
    again = _get(staff)

    assert "X-Cache" not in staff_page and "X-Cache" not in again
    assert anonymous_first["X-Cache"] == "miss"
    assert _get(client)["X-Cache"] == "hit"
    assert "Draft only staff see" not in _titles(_get(client))


def test_previews_and_admin_pages_are_not_cached(client, editors):
    author, _reviewer, _publisher = editors
    event = make_event(title="Preview me", status=Status.DRAFT, created_by=author)
    staff = Client()
    staff.force_login(author)

    preview = staff.get(f"/admin/archive/event/{event.pk}/editorial/preview/")

    assert preview.status_code == 200 and "X-Cache" not in preview
    assert "Preview me" not in _titles(_get(client))


def test_a_rolled_back_change_leaves_the_cache_alone(django_capture_on_commit_callbacks):
    before = pagecache.version()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        make_event(title="Never committed")
        raise RuntimeError

    assert pagecache.version() == before


def test_an_inner_rollback_does_not_swallow_an_outer_change(django_capture_on_commit_callbacks):
    before = pagecache.version()

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            make_event(title="Rolled back")
            raise RuntimeError
        make_event(title="Kept")

    assert pagecache.version() != before
