"""Each public page runs a fixed number of SQL queries, however many records exist or are shown."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Document, Event, Organization, Person, Photo, Place, Program
from tests.factories import make_country, make_linked_records, make_program
from tests.public_urls import LIST_PAGES, pages, record_urls

#: The most queries any public page may run (lists: count, page, prefetches, one per facet,
#: a count up to the exact limit for each facet with a value chosen, see archive.estimates;
#: and on PostgreSQL the two SET LOCAL around the facets, see archive.views.facets, and the
#: two around the keys of a list, see ``EstimatingPaginator.keys``).
CEILING = 22


def _query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code in (200, 302, 303), url
    return len(queries)


def _urls(country, program):
    record_pages = [
        url
        for model in (Event, Person, Program, Document, Organization, Place, Photo)
        for url in record_urls(model.objects.published().order_by("pk").first())
    ]
    two_facets = [f"/en/events/?country={country.slug}&program={program.slug}", "/en/events/?year_from=2000&sort=title"]
    page_two = [url.format(lang="en") + "?page=2" for url in ("/{lang}/events/", "/{lang}/people/")]
    return pages("en") + [url.format(lang="kk") for url in LIST_PAGES] + record_pages + two_facets + page_two


@pytest.mark.django_db
def test_every_public_page_runs_as_many_queries_for_50_records_as_for_5(client, django_assert_max_num_queries):
    country, program = make_country(), make_program(title="Days of Culture")
    make_country(name="Kazakhstan", code="KZ")
    make_linked_records(5, country=country, program=program)
    Person.objects.filter(pk__in=Person.objects.order_by("pk")[:1]).update(photo=Photo.objects.first())
    # Enough people and events for a second page from the start.
    make_linked_records(20)
    urls = _urls(country, program)
    with_few = {url: _query_count(client, url) for url in urls}

    make_linked_records(45, country=country, program=program)
    for url in urls:
        with django_assert_max_num_queries(with_few[url], info=url):
            client.get(url)
    print(*(f"{n:3d} {url}" for url, n in with_few.items()), sep="\n")  # noqa: T201 - shown with -s
    worst = max(with_few, key=with_few.get)
    assert with_few[worst] <= CEILING, f"{worst} runs {with_few[worst]} queries"
