"""``q=`` on the list pages: the list's records with every word, together with its facets."""

from django.test import Client

from archive.models import Event, Status
from tests.factories import make_document, make_event, make_person


def get(url, **params):
    return Client().get(url, params)


def listed(response):
    return [str(record) for record in response.context["object_list"]]


def facet_counts(response, param):
    return {
        value.value: value.count
        for result in response.context["facets"]
        if result.param == param
        for value in result.values
    }


def test_q_narrows_a_list_and_the_facets_count_within_it(db):
    make_event(title="Dombra concert", event_type=Event.Type.CONCERT, date="2024")
    make_event(title="Dombra exhibition", event_type=Event.Type.EXHIBITION, date="2023")
    make_event(title="Kobyz concert", event_type=Event.Type.CONCERT, date="2022")
    response = get("/en/events/", q="dombra")
    assert listed(response) == ["Dombra concert", "Dombra exhibition"]
    assert facet_counts(response, "type") == {"concert": 1, "exhibition": 1}
    response = get("/en/events/", q="dombra", type="concert")
    assert listed(response) == ["Dombra concert"]


def test_q_on_a_list_reads_words_as_search_does(db):
    balaeva = make_person(name="Aida Balayeva", name_ru="Аида Балаева")
    make_event(title="Meeting at UNESCO", participants=[balaeva])
    make_event(title="Концерты", title_ru="Концерты казахской музыки")
    make_document(title="Soft Power", authors=[balaeva])
    assert listed(get("/en/events/", q="Балаевой")) == ["Meeting at UNESCO"]
    assert listed(get("/en/events/", q="концерт")) == ["Концерты"]
    assert listed(get("/en/documents/", q="balaeva")) == ["Soft Power"]


def test_q_never_shows_a_hidden_record_and_shows_a_chip(db):
    make_event(title="Dombra night")
    make_event(title="Dombra draft", status=Status.DRAFT)
    response = get("/en/events/", q="dombra")
    assert listed(response) == ["Dombra night"]
    assert [chip["text"] for chip in response.context["chips"]] == ["dombra"]


def test_a_q_of_only_punctuation_leaves_the_list_whole(db):
    make_event(title="Dombra night")
    assert listed(get("/en/events/", q="--- ...")) == ["Dombra night"]
