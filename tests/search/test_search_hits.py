"""Each hit shows what a researcher needs: type, date, a thumbnail, a snippet of real prose."""

from archive.models import Status
from tests.factories import make_event, make_person, make_photo


def test_a_hit_has_a_thumbnail_from_its_own_public_photo(search):
    event = make_event(title="Dombra night", date="2024-05-01")
    photo = make_photo(title="On stage", events=[event])
    make_photo(title="Backstage", events=[event], status=Status.DRAFT)
    person = make_person(name="Dombra Player", photo=photo)
    hits = {hit.record: hit for hit in search(q="dombra").context["hits"]}
    assert hits[event].thumbnail == photo
    assert hits[person].thumbnail == photo
    response = search(q="on stage")
    assert response.context["hits"][0].thumbnail == photo


def test_a_hit_without_a_public_photo_has_no_thumbnail(search):
    event = make_event(title="Dombra night")
    make_photo(title="Backstage", events=[event], status=Status.DRAFT)
    assert search(q="dombra").context["hits"][0].thumbnail is None


def test_a_hit_shows_its_type_and_date(search):
    make_event(title="Dombra night", date="2024-05-01")
    html = search(q="dombra").text
    assert '<span class="kind">Event</span>' in html
    assert '<span class="date">' in html


def test_the_snippet_is_never_alt_text_or_aliases(search):
    make_person(name="Aida Balayeva", aliases="Balaeva A.\nBalaeva Aida", summary="Minister of culture.")
    make_photo(title="Portrait of Balayeva", alt_text="A woman at a desk, Balaeva", summary="")
    snippets = [hit.snippet for hit in search(q="balaeva").context["hits"]]
    assert snippets[0] == "Minister of culture."
    assert all("desk" not in text and "Aida\nBalaeva" not in text for text in snippets)


def test_a_year_range_keeps_the_records_overlapping_it_and_works_with_the_type_facet(search):
    make_event(title="Dombra night", date="2019/2021")
    make_event(title="Dombra festival", date="2024")
    make_person(name="Dombra Player", date="1950/2030")
    response = search(q="dombra", year_from="2020", year_to="2020")
    assert sorted(hit.record.__str__() for hit in response.context["hits"]) == ["Dombra Player", "Dombra night"]
    response = search(q="dombra", year_from="2020", year_to="2020", type="event")
    assert [hit.record.__str__() for hit in response.context["hits"]] == ["Dombra night"]
    assert 'value="2020"' in response.text
    assert "year_from=2020" in response.text  # the facet and page links keep the range


def test_a_bad_year_is_ignored_not_an_error(search):
    make_event(title="Dombra night", date="2019")
    response = search(q="dombra", year_from="soon")
    assert response.status_code == 200
    assert len(response.context["hits"]) == 1
