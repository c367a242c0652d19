"""Facets count exactly what the current filters find; choosing one keeps the others."""

from tests.factories import make_country, make_event, make_place, make_program


def _facet(response, param):
    return {
        value.value: value for facet in response.context["facets"] if facet.param == param for value in facet.values
    }


def _archive():
    france, japan = make_country(), make_country(name="Japan", code="JP")
    paris, tokyo = make_place(name="Paris", parent=france), make_place(name="Tokyo", parent=japan)
    days = make_program(title="Days of Culture")
    make_event(title="Paris concert", event_type="concert", place=paris, programs=[days])
    make_event(title="Paris exhibition", event_type="exhibition", place=paris, programs=[days])
    make_event(title="Paris meeting", event_type="meeting", place=paris)
    make_event(title="Tokyo concert", event_type="concert", place=tokyo, programs=[days])


def test_facet_counts_match_the_filtered_records(client, db):
    _archive()
    everything = client.get("/en/events/")
    assert {slug: value.count for slug, value in _facet(everything, "country").items()} == {"france": 3, "japan": 1}
    assert {key: value.count for key, value in _facet(everything, "type").items()} == {
        "concert": 2,
        "exhibition": 1,
        "meeting": 1,
    }
    in_france = client.get("/en/events/?country=france")
    assert {key: value.count for key, value in _facet(in_france, "type").items()} == {
        "concert": 1,
        "exhibition": 1,
        "meeting": 1,
    }
    assert _facet(in_france, "program")["days-of-culture"].count == 2


def test_choosing_a_facet_keeps_the_other_filters_and_resets_the_page(client, db):
    _archive()
    response = client.get("/en/events/?country=france&sort=title&page=1")
    concert = _facet(response, "type")["concert"]
    assert concert.url == "?country=france&sort=title&type=concert"
    chosen = _facet(response, "country")["france"]
    assert chosen.active
    assert chosen.url == "?sort=title"


def test_active_filters_show_as_removable_chips(client, db):
    _archive()
    response = client.get("/en/events/?country=france&type=concert&year_from=2000")
    chips = {chip["param"]: chip for chip in response.context["chips"]}
    assert str(chips["country"]["text"]) == "France"
    assert chips["type"]["text"] == "Concert"
    assert chips["year_from"]["text"] == "2000"
    assert chips["country"]["remove_url"] == "?type=concert&year_from=2000"
    body = response.content.decode()
    assert 'href="?type=concert&amp;year_from=2000" rel="nofollow" class="chip-remove"' in body


def test_filter_links_are_nofollow_and_filtered_pages_are_not_indexed(client, db):
    _archive()
    body = client.get("/en/events/?country=france").content.decode()
    assert 'href="?country=france&amp;type=concert" rel="nofollow"' in body
    assert '<meta name="robots" content="noindex, follow">' in body
    assert "noindex" not in client.get("/en/events/").content.decode()


def test_long_facets_show_the_top_values_and_a_link_to_more(client, db):
    for number in range(12):
        make_event(title=f"Event {number}", programs=[make_program(title=f"Program {number:02d}")])
    response = client.get("/en/events/")
    facet = next(facet for facet in response.context["facets"] if facet.param == "program")
    assert len(facet.values) == 8
    assert facet.has_more
    expanded = client.get("/en/events/" + facet.more_url.split("#")[0])
    facet = next(facet for facet in expanded.context["facets"] if facet.param == "program")
    assert len(facet.values) == 12
    assert not facet.has_more


def test_many_valued_facets_wait_until_the_list_is_narrowed(client, db, monkeypatch):
    _archive()
    monkeypatch.setattr("archive.views.facets.NARROW_LIMIT", 2)
    wide = {facet.param for facet in client.get("/en/events/").context["facets"]}
    assert "country" in wide and "program" in wide
    assert "city" not in wide
    narrowed = {facet.param for facet in client.get("/en/events/?country=france&type=concert").context["facets"]}
    assert "city" in narrowed
    chosen = {facet.param for facet in client.get("/en/events/?city=paris").context["facets"]}
    assert "city" in chosen


def test_facets_count_the_same_over_few_or_many_matching_records(client, db, monkeypatch):
    _archive()
    url = "/en/events/?program=days-of-culture"

    def counts():
        facets = client.get(url).context["facets"]
        return {(facet.param, value.value): value.count for facet in facets for value in facet.values}

    few = counts()
    monkeypatch.setattr("archive.views.facets.FEW_RECORDS", 0)
    assert counts() == few
    assert few[("country", "france")] == 2
