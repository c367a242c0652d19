"""Only what published() calls public can be found; the index follows every save."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from archive.models import Event, SearchEntry, Status
from tests.factories import make_document, make_event, make_person

from .conftest import titles


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW, Status.ARCHIVED])
def test_anonymous_user_cannot_find_an_unpublished_event(search, status):
    make_event(title="Secret rehearsal", status=status)
    response = search(q="rehearsal")
    assert response.context["hits"] == []
    assert response.context["count"] == 0
    assert b"Secret rehearsal" not in response.content


def test_a_draft_person_is_found_neither_by_name_nor_alias(search):
    make_person(name="Hidden Balayeva", aliases="Балаева", status=Status.DRAFT)
    assert search(q="Балаева").context["hits"] == []


def test_a_scheduled_record_is_found_only_once_it_goes_live(search):
    go_live = timezone.now() + dt.timedelta(days=2)
    make_event(title="Embargoed premiere", go_live_at=go_live)
    assert search(q="premiere").context["hits"] == []
    with time_machine.travel(go_live + dt.timedelta(minutes=1)):
        assert titles(search(q="premiere")) == ["Embargoed premiere"]


def test_an_expired_record_is_no_longer_found(search):
    expire = timezone.now() + dt.timedelta(days=1)
    make_event(title="Temporary exhibition", expire_at=expire)
    assert titles(search(q="exhibition")) == ["Temporary exhibition"]
    with time_machine.travel(expire + dt.timedelta(minutes=1)):
        assert search(q="exhibition").context["hits"] == []


def test_unpublishing_a_record_removes_it_from_search(search):
    event = make_event(title="Withdrawn concert")
    assert titles(search(q="withdrawn")) == ["Withdrawn concert"]
    event.status = Status.DRAFT
    event.save()
    assert search(q="withdrawn").context["count"] == 0


def test_editing_a_title_is_searchable_at_once(search):
    event = make_event(title="Old title")
    event.title_en = event.title = "Renamed festival"
    event.save()
    assert titles(search(q="festival")) == ["Renamed festival"]
    assert search(q="old").context["hits"] == []


def test_deleting_a_record_deletes_its_entry(db):
    event = make_event(title="Gone")
    assert SearchEntry.objects.filter(kind="event", object_id=event.pk).exists()
    event.delete()
    assert not SearchEntry.objects.filter(kind="event", object_id=event.pk).exists()


def test_a_stale_entry_never_shows_a_record_unpublished_behind_its_back(search):
    event = make_event(title="Quietly withdrawn")
    Event.objects.filter(pk=event.pk).update(status=Status.DRAFT)  # no save, no signal: the entry is stale
    response = search(q="withdrawn")
    assert response.context["hits"] == []
    assert b"Quietly withdrawn" not in response.content


def test_document_extracted_text_is_searchable_but_drafts_are_not(search):
    make_document(title="Treaty", extracted_text="Article 7: the parties exchange orchestras.")
    make_document(title="Draft treaty", extracted_text="orchestras", status=Status.DRAFT)
    assert titles(search(q="orchestras")) == ["Treaty"]
