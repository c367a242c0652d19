"""Search through links: records are found by the names of the public records they show."""

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from archive.models import Participation, Place, SearchEntry, Status
from archive.search import index
from tests.factories import (
    make_country,
    make_document,
    make_event,
    make_organization,
    make_person,
    make_photo,
    make_place,
    make_program,
)

from .conftest import titles


@pytest.fixture
def balaeva(db):
    return make_person(name="Aida Balayeva", name_ru="Аида Балаева")


def test_an_event_is_found_by_a_participant_in_either_script_and_the_person_ranks_first(search, balaeva):
    make_event(title="Meeting at UNESCO", participants=[balaeva])
    make_event(title="Another meeting")
    assert titles(search(q="Балаевой")) == ["Aida Balayeva", "Meeting at UNESCO"]
    assert titles(search(q="Balaeva")) == ["Aida Balayeva", "Meeting at UNESCO"]


def test_an_event_is_found_by_its_place_and_the_places_around_it(search):
    france = make_country(name="France", name_ru="Франция")
    paris = make_place(name="Paris", parent=france)
    venue = make_place(name="Palais Garnier", kind=Place.Kind.VENUE, parent=paris)
    make_event(title="Dombra night", place=venue)
    assert "Dombra night" in titles(search(q="dombra Франции"))
    assert "Dombra night" in titles(search(q="Garnier"))


def test_an_event_is_found_by_its_organizations_and_programs(search):
    turksoy = make_organization(name="TURKSOY", acronym="TRK")
    program = make_program(title="Days of Kazakh Culture")
    make_event(title="Dombra night", organizations=[turksoy], programs=[program])
    assert "Dombra night" in titles(search(q="turksoy"))
    assert "Dombra night" in titles(search(q="dombra days culture"))


def test_a_document_is_found_by_its_authors_and_a_photo_by_its_events_and_people(search, balaeva):
    make_document(title="Soft Power", authors=[balaeva])
    event = make_event(title="Kobyz evening")
    make_photo(title="On stage", events=[event], people=[balaeva])
    assert "Soft Power" in titles(search(q="Balaeva"))
    assert "On stage" in titles(search(q="Balaeva"))
    assert "On stage" in titles(search(q="kobyz"))


def test_the_own_title_ranks_above_a_link(search, balaeva):
    make_event(title="Dombra night", participants=[balaeva])
    make_event(title="Balayeva at the opera", date="2020")
    assert titles(search(q="balayeva"))[:2] == ["Aida Balayeva", "Balayeva at the opera"]


def test_places_are_searchable(search):
    make_place(name="Ustyurt Plateau", name_ru="Устюрт")
    assert titles(search(q="Устюрт")) == ["Ustyurt Plateau"]


@pytest.mark.postgresql
def test_a_misspelt_participant_name_finds_the_person_whose_page_lists_the_event(search, balaeva):
    # Links match by words and stems only (fuzzy matching over every event's links is too slow
    # at 100,000 events); the person is still found fuzzily, and her page shows the event.
    make_event(title="Meeting at UNESCO", participants=[balaeva])
    assert titles(search(q="Balaeyva")) == [balaeva.name]
    assert "Meeting at UNESCO" in titles(search(q="Balaeva"))


@pytest.mark.parametrize(
    "hidden",
    [
        {"status": Status.DRAFT},
        {"status": Status.IN_REVIEW},
        {"go_live_at": timezone.now() + datetime.timedelta(days=1)},
        # It will expire, and nothing re-indexes its events when it does: it is never indexed into them.
        {"expire_at": timezone.now() + datetime.timedelta(days=1)},
    ],
)
def test_a_hidden_participant_does_not_make_the_event_findable(search, hidden):
    secret = make_person(name="Zhasyrын Kisi", **hidden)
    event = make_event(title="Open event", participants=[secret])
    assert search(q="Zhasyryn").context["hits"] in ([], [mock.ANY]) and "Open event" not in titles(search(q="Zhasyryn"))
    entry = SearchEntry.objects.get(kind="event", object_id=event.pk)
    assert "zhasirin" not in entry.links and "jasirin" not in entry.links


def test_publishing_and_unpublishing_a_participant_reindexes_the_event(search):
    person = make_person(name="Zhasyrын Kisi", status=Status.DRAFT)
    make_event(title="Open event", participants=[person])
    person.status = Status.PUBLISHED
    person.save()
    assert "Open event" in titles(search(q="Kisi"))
    person.status = Status.DRAFT
    person.save()
    assert "Open event" not in titles(search(q="Kisi"))


def test_adding_and_removing_links_reindexes_the_record(search, balaeva):
    event = make_event(title="Open event")
    photo = make_photo(title="On stage")
    Participation.objects.create(event=event, person=balaeva)
    photo.people.add(balaeva)
    assert {"Open event", "On stage"} <= set(titles(search(q="Balaeva")))
    Participation.objects.filter(event=event).delete()
    balaeva.photos.remove(photo)
    assert titles(search(q="Balaeva")) == ["Aida Balayeva"]


def test_deleting_a_person_takes_their_name_out_of_their_events(search, balaeva):
    make_event(title="Open event", participants=[balaeva])
    make_photo(title="On stage", people=[balaeva])
    # A person still named by an event's participation is protected; once it is gone, so is the person.
    Participation.objects.filter(person=balaeva).delete()
    balaeva.delete()
    assert search(q="Balaeva").context["hits"] == []


def _rename(person, name):
    person.name = name
    with CaptureQueriesContext(connection) as queries:
        person.save()
    return len(queries)


def test_renaming_a_person_reindexes_only_the_records_that_show_them_in_a_fixed_number_of_queries(search):
    one, many = make_person(name="First Person"), make_person(name="Second Person")
    make_event(title="Alone", participants=[one])
    make_document(title="Note", authors=[one])
    make_photo(title="Snapshot", people=[one])
    shown = [make_event(title=f"Crowd {n}", participants=[many]) for n in range(5)]
    shown += [make_document(title=f"Memoir {n}", authors=[many]) for n in range(2)]
    shown += [make_photo(title=f"Portrait {n}", people=[many]) for n in range(2)]
    make_event(title="Unrelated")
    with mock.patch.object(index, "entry_for", wraps=index.entry_for) as entry_for:
        queries_for_five = _rename(many, "Renamed Person")
    assert {call.args[0] for call in entry_for.call_args_list} == {many, *shown}
    assert _rename(one, "Renamed Once") == queries_for_five
    assert len(titles(search(q="renamed"))) == 2 + 3 + len(shown)
    # (The person keeps the sort name "Person, Second"; their events no longer show it.)
    assert titles(search(q="second")) == ["Renamed Person"]


def test_saving_a_person_without_changing_their_name_reindexes_nothing_else(db):
    person = make_person(name="Aida Balayeva")
    make_event(title="Open event", participants=[person])
    person.summary = "Minister of culture."
    with mock.patch.object(index, "index_dependants") as index_dependants:
        person.save()
    index_dependants.assert_not_called()
