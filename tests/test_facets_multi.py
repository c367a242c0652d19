"""A facet takes several values: OR within a facet, AND across facets, counts that stay right."""

import pytest

from tests.factories import make_country, make_event, make_place, make_program


def _titles(response):
    return sorted(str(event.title) for event in response.context["object_list"])


def _counts(response, param):
    return {
        value.value: value.count
        for facet in response.context["facets"]
        if facet.param == param
        for value in facet.values
    }


@pytest.fixture
def archive(db):
    france, japan, italy = make_country(), make_country(name="Japan", code="JP"), make_country(name="Italy", code="IT")
    paris, tokyo = make_place(name="Paris", parent=france), make_place(name="Tokyo", parent=japan)
    rome = make_place(name="Rome", parent=italy)
    days, season = make_program(title="Days of Culture"), make_program(title="Season")
    make_event(title="Paris concert", event_type="concert", place=paris, programs=[days, season])
    make_event(title="Paris exhibition", event_type="exhibition", place=paris, programs=[days])
    make_event(title="Paris meeting", event_type="meeting", place=paris)
    make_event(title="Tokyo concert", event_type="concert", place=tokyo, programs=[days])
    make_event(title="Rome exhibition", event_type="exhibition", place=rome, programs=[season])


def test_two_values_of_one_facet_find_either(client, archive):
    response = client.get("/en/events/?type=concert&type=meeting")
    assert _titles(response) == ["Paris concert", "Paris meeting", "Tokyo concert"]


def test_values_of_two_facets_must_both_hold(client, archive):
    response = client.get("/en/events/?type=concert&type=exhibition&country=france")
    assert _titles(response) == ["Paris concert", "Paris exhibition"]


def test_two_related_values_list_a_record_linked_to_both_once(client, archive):
    response = client.get("/en/events/?program=days-of-culture&program=season")
    assert _titles(response) == ["Paris concert", "Paris exhibition", "Rome exhibition", "Tokyo concert"]
    assert response.context["paginator"].count == 4


def test_a_facet_with_values_chosen_counts_without_its_own_filter(client, archive):
    response = client.get("/en/events/?type=concert&country=france")
    # Types are counted among French events, whatever type is chosen: each says what adding it brings.
    assert _counts(response, "type") == {"concert": 1, "exhibition": 1, "meeting": 1}
    # Countries are counted among concerts.
    assert _counts(response, "country") == {"france": 1, "japan": 1}


def test_facet_links_add_and_remove_one_value(client, archive):
    response = client.get("/en/events/?type=concert&type=meeting&page=1")
    values = {
        value.value: value for facet in response.context["facets"] if facet.param == "type" for value in facet.values
    }
    assert values["concert"].active and values["meeting"].active
    assert values["concert"].url == "?type=meeting"
    assert values["exhibition"].url == "?type=concert&type=meeting&type=exhibition"


def test_each_value_is_a_chip_that_removes_only_itself(client, archive):
    response = client.get("/en/events/?country=france&country=japan")
    chips = [(chip["text"], chip["remove_url"]) for chip in response.context["chips"]]
    assert [(str(text), url) for text, url in chips] == [("France", "?country=japan"), ("Japan", "?country=france")]


def test_the_year_form_resends_every_chosen_value(client, archive):
    response = client.get("/en/events/?type=concert&type=meeting")
    assert response.context["kept_params"] == [("type", "concert"), ("type", "meeting")]
    assert response.content.decode().count('type="hidden" name="type"') == 2


@pytest.mark.parametrize(
    "query",
    ["type=nonsense", "type=concert&type=%3Cscript%3E", "country=" + "x" * 500, "&".join(["type=concert"] * 21)],
)
def test_bad_facet_values_give_an_empty_list_not_an_error(client, archive, query):
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 200
    assert response.context["filter_errors"]
    assert _titles(response) == []


def test_a_hidden_value_finds_nothing_even_beside_a_public_one(client, archive):
    from archive.models import Status

    make_country(name="Hidden Land", code="HL", status=Status.DRAFT)
    response = client.get("/en/events/?country=hidden-land&country=japan")
    assert _titles(response) == ["Tokyo concert"]
