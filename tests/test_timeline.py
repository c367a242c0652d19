"""The timeline: counts by century, decade and year, plain GET zoom links, filters kept, spans for partial dates."""

import re

import pytest

from archive.models import Event, Status
from tests.factories import make_country, make_event, make_place, make_program

pytestmark = pytest.mark.django_db


def _buckets(response):
    return [(bucket.start, bucket.count) for bucket in response.context["buckets"]]


def _links(body):
    return re.findall(r'href="(\?[^"]*)"', body)


def test_top_level_counts_published_events_by_century_with_empty_centuries_between(client):
    make_event(date="1635")
    make_event(date="1992")
    make_event(date="1997-10")
    make_event(date="2025-09-25")
    make_event(date="2024/2025")
    make_event(date="2001", status=Status.DRAFT)
    make_event(date="")
    make_event(date="../1991")
    response = client.get("/en/timeline/")
    assert response.status_code == 200
    assert response.context["level"] == "all"
    assert _buckets(response) == [(1600, 1), (1700, 0), (1800, 0), (1900, 2), (2000, 2)]


def test_zoom_goes_from_century_to_decade_to_year_by_plain_links(client):
    make_event(date="1992")
    make_event(date="1997-10")
    make_event(date="1997~")
    body = client.get("/en/timeline/").content.decode()
    assert "?century=1900" in _links(body)

    response = client.get("/en/timeline/?century=1900")
    assert response.context["level"] == "century"
    assert _buckets(response)[-1] == (1990, 3)
    assert sum(count for _start, count in _buckets(response)) == 3
    assert "?decade=1990" in _links(response.content.decode())

    response = client.get("/en/timeline/?decade=1990")
    assert response.context["level"] == "decade"
    assert dict(_buckets(response)) == {
        1990: 0,
        1991: 0,
        1992: 1,
        1993: 0,
        1994: 0,
        1995: 0,
        1996: 0,
        1997: 2,
        1998: 0,
        1999: 0,
    }
    links = _links(response.content.decode())
    assert "?year=1997" in links and "?year=1992" in links
    assert "?year=1993" not in links  # an empty year is text, not a link

    response = client.get("/en/timeline/?year=1997")
    assert response.context["level"] == "year"
    assert [span.event.date for span in response.context["spans"]] == ["1997~", "1997-10"]


def test_bars_are_sized_by_count_and_counts_are_written_as_text(client):
    for _ in range(4):
        make_event(date="2025")
    make_event(date="2021")
    response = client.get("/en/timeline/?decade=2020")
    bars = {bucket.start: bucket.bar for bucket in response.context["buckets"]}
    assert bars[2025] == 20 and bars[2021] == 5 and bars[2022] == 0
    body = response.content.decode()
    assert 'class="bar bar-20"' in body
    assert "number of events: </span>4" in body


def test_filters_are_applied_to_counts_and_kept_in_every_zoom_link(client):
    france = make_country()
    paris = make_place(name="Paris", parent=france)
    days = make_program(title="Days of Culture")
    make_event(date="1997-05", event_type=Event.Type.CONCERT, place=paris, programs=[days])
    make_event(date="1997-06", event_type=Event.Type.CONCERT)
    make_event(date="1998", event_type=Event.Type.MEETING, place=paris, programs=[days])
    query = f"type=concert&country={france.slug}&program={days.slug}"
    response = client.get(f"/en/timeline/?decade=1990&{query}")
    assert dict(_buckets(response))[1997] == 1
    assert dict(_buckets(response))[1998] == 0
    links = _links(response.content.decode().replace("&amp;", "&"))
    assert links, "zoom links"
    for link in links:
        if "type=" in link or "year=" in link or "century=" in link:
            assert "type=concert" in link and f"country={france.slug}" in link and f"program={days.slug}" in link, link
    year = client.get(f"/en/timeline/?year=1997&{query}")
    assert [span.event.date for span in year.context["spans"]] == ["1997-05"]
    # The filter form keeps the zoom level when it is submitted.
    assert '<input type="hidden" name="year" value="1997">' in year.content.decode()


def test_unreadable_filters_show_nothing_and_say_so(client):
    make_event(date="1997")
    response = client.get("/en/timeline/?type=nonsense")
    assert response.status_code == 200
    assert response.context["filter_errors"]
    assert sum(bucket.count for bucket in response.context["buckets"]) == 0


@pytest.mark.parametrize(
    ("query", "level"),
    [
        ("year=abc", "all"),
        ("year=-1", "all"),
        ("year=99999", "all"),
        ("year=<b>", "all"),
        ("year=١٩٩٧", "all"),
        ("decade=1995", "all"),
        ("century=1950", "all"),
        ("century=1900&decade=x", "century"),
        ("decade=1990&year=", "decade"),
        ("year=1", "year"),
    ],
)
def test_nonsense_zoom_parameters_fall_back_without_error(client, query, level):
    make_event(date="1997")
    response = client.get(f"/en/timeline/?{query}")
    assert response.status_code == 200
    assert response.context["level"] == level


def test_a_year_draws_partial_dates_as_spans_over_their_months(client):
    make_event(title="Day", date="1997-03-04")
    make_event(title="Month", date="1997-05")
    make_event(title="Whole year", date="1997")
    make_event(title="Season", date="1996-10/1997-02")
    make_event(title="Ongoing", date="1997-11/..")
    spans = {span.event.title: span for span in client.get("/en/timeline/?year=1997").context["spans"]}
    assert (spans["Day"].first_month, spans["Day"].last_month, spans["Day"].precision) == (3, 3, "day")
    assert (spans["Month"].first_month, spans["Month"].last_month, spans["Month"].precision) == (5, 5, "month")
    assert (spans["Whole year"].first_month, spans["Whole year"].last_month) == (1, 12)
    assert spans["Whole year"].precision == "year"
    assert (spans["Season"].first_month, spans["Season"].last_month) == (1, 2)
    assert spans["Season"].starts_before and not spans["Season"].ends_after
    assert (spans["Ongoing"].first_month, spans["Ongoing"].last_month) == (11, 12)
    assert spans["Ongoing"].ends_after


def test_uncertain_and_approximate_dates_are_marked_in_drawing_and_words(client):
    make_event(title="Circa", date="1997-03~")
    make_event(title="Perhaps", date="1997?")
    make_event(title="Sometime in the nineties", date="199X")
    make_event(title="Sure", date="1997-06-01")
    response = client.get("/en/timeline/?year=1997")
    spans = {span.event.title: span for span in response.context["spans"]}
    assert spans["Circa"].approximate and not spans["Circa"].uncertain
    assert spans["Perhaps"].uncertain and not spans["Perhaps"].approximate
    assert spans["Sometime in the nineties"].uncertain
    assert spans["Sometime in the nineties"].starts_before and spans["Sometime in the nineties"].ends_after
    assert not spans["Sure"].qualified
    body = response.content.decode()
    assert 'class="span-bar from-3 to-3 month approximate"' in body
    assert "from-1 to-12 year uncertain" in body
    assert body.count("· approximately") == 1
    assert body.count("· uncertain") == 2
    assert 'class="timeline-legend"' in body


def test_the_year_view_shows_only_published_events(client):
    make_event(title="Public", date="1997")
    make_event(title="Draft", date="1997", status=Status.DRAFT)
    body = client.get("/en/timeline/?year=1997").content.decode()
    assert "Public" in body and "Draft" not in body


def test_the_timeline_runs_as_many_queries_for_many_events_as_for_few(client, django_assert_max_num_queries):
    program = make_program()
    country = make_country()
    for year in range(1990, 2000):
        make_event(date=str(year), programs=[program], place=make_place(parent=country))
    urls = ["/en/timeline/", "/en/timeline/?century=1900", "/en/timeline/?decade=1990", "/en/timeline/?year=1995"]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts[url] = len(queries)
    for year in range(1900, 2000):
        make_event(date=f"{year}-0{year % 9 + 1}", programs=[program], place=make_place(parent=country))
    for url in urls:
        with django_assert_max_num_queries(counts[url], info=url):
            client.get(url)


def test_the_page_works_without_javascript(client):
    make_event(date="1997")
    body = client.get("/en/timeline/?year=1997").content.decode()
    assert "<script" not in body.split("<main", 1)[1].split("</main>", 1)[0]
    assert '<form method="get" class="timeline-filters">' in body
