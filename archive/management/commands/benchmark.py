"""Measure server time of the public pages on a large synthetic archive (PostgreSQL only).

    DJANGO_DEBUG=1 DATABASE_URL=postgres://…/madeni_bench python manage.py migrate
    DJANGO_DEBUG=1 DATABASE_URL=postgres://…/madeni_bench python manage.py benchmark --fill --reset
    DJANGO_DEBUG=1 DATABASE_URL=postgres://…/madeni_bench python manage.py benchmark

Requests go through Django's test client in-process (the whole middleware
stack, no network), warm-up first, then ``--requests`` timed requests per URL.
Not a test: the figures go into docs/benchmarks.md.
"""

import statistics
import time
import warnings

from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.test import Client, override_settings

from archive import benchmark
from archive.models import Event, Person, Place, Program, Status

#: What is measured: (label, URL). {country}, {program} and {person} are slugs from the data.
URLS = [
    ("Events, unfiltered", "/en/events/"),
    ("Events, two facets: type + country", "/en/events/?type=concert&country={country}"),
    ("Events, two facets: country + program", "/en/events/?country={country}&program={program}"),
    ("Events, year range + type", "/en/events/?year_from=2010&year_to=2015&type=exhibition"),
    ("Search: a surname", "/en/search/?q=Balaeva"),
    ("Search: Cyrillic surname", "/en/search/?q=%D0%A2%D0%BB%D0%B5%D0%BD%D0%B4%D0%B8%D0%B5%D0%B2"),
    ("Search: two common words", "/en/search/?q=kazakh+music"),
    ("Search: phrase, type facet", "/en/search/?q=%22kazakh+music%22&type=event&sort=newest"),
    ("Person detail", "/en/people/{person}/"),
    ("API: events list", "/api/v1/events/"),
    ("API: events, two filters: type + country", "/api/v1/events/?type=concert&country={country}"),
    ("API: events list, 100 a page", "/api/v1/events/?page_size=100"),
    ("API: people list", "/api/v1/people/"),
    ("API: documents list", "/api/v1/documents/"),
    ("API: events search", "/api/v1/events/?q=kazakh+music"),
    ("API: person detail", "/api/v1/people/{person}/"),
]
#: The baseline: Django rendering a static template (see archive/benchmark_urls.py).
BARE_URL = ("Bare view, static template", "/benchmark/static/")


class Command(BaseCommand):
    help = "Fill PostgreSQL with a synthetic archive (--fill) and report median and p95 server times."

    def add_arguments(self, parser):
        parser.add_argument("--fill", action="store_true", help="Create the synthetic archive first.")
        parser.add_argument("--reset", action="store_true", help="Empty the archive first (benchmark data only).")
        parser.add_argument("--events", type=int, default=100_000)
        parser.add_argument("--people", type=int, default=20_000)
        parser.add_argument("--documents", type=int, default=30_000)
        parser.add_argument("--requests", type=int, default=60, help="Timed requests per URL (default 60).")
        parser.add_argument("--warmup", type=int, default=5)
        parser.add_argument("--database", default="default")

    def handle(self, *args, fill, reset, events, people, documents, requests, warmup, database, **options):
        if connections[database].vendor != "postgresql":
            raise CommandError("The benchmark runs on PostgreSQL only: set DATABASE_URL=postgres://… (see docs).")
        if requests < 2 or warmup < 0 or min(events, people, documents) < 1:
            raise CommandError("--requests must be at least 2, --warmup and the record counts positive.")
        if reset:
            try:
                benchmark.reset(database)
            except ValueError as error:
                raise CommandError(str(error)) from None
            self.stdout.write("Emptied the archive tables.")
        if fill:
            self.fill(database, events=events, people=people, documents=documents)
        self.measure(database, requests, warmup)

    def fill(self, database, **counts):
        if Event.objects.using(database).exists():
            raise CommandError("The archive is not empty: add --reset to replace the benchmark data.")
        self.stdout.write("Filling: " + ", ".join(f"{count:,} {name}" for name, count in counts.items()))
        start = time.perf_counter()
        benchmark.Synthesizer(using=database, log=self.stdout.write).fill(**counts)
        self.stdout.write(f"Filled in {time.perf_counter() - start:.0f} s.")

    def measure(self, database, requests, warmup):
        country = Place.objects.using(database).filter(kind=Place.Kind.COUNTRY, country_code="FR").first()
        person = (
            Person.objects.using(database)
            .published()
            .filter(slug__startswith=benchmark.SLUG_PREFIX)
            .order_by("pk")
            .first()
        )
        program = Program.objects.using(database).published().order_by("pk").first()
        if country is None or person is None or program is None:
            raise CommandError("No benchmark data: run with --fill first.")
        counts = {
            "events": Event.objects.using(database).count(),
            "published events": Event.objects.using(database).filter(status=Status.PUBLISHED).count(),
            "people": Person.objects.using(database).count(),
        }
        self.stdout.write(", ".join(f"{count:,} {name}" for name, count in counts.items()))
        client = Client()
        rows = []
        # WhiteNoise warns that STATIC_ROOT is missing; static files are not what is measured.
        warnings.filterwarnings("ignore", "No directory at", UserWarning)
        # DEBUG off as in production: no query log, no debug templates; no API throttling of the timed requests.
        with override_settings(
            DEBUG=False, ROOT_URLCONF="archive.benchmark_urls", MADENI_API_ANON_RATE="1000000/minute"
        ):
            for label, url in [BARE_URL, *URLS]:
                url = url.format(country=country.slug, program=program.slug, person=person.slug)
                rows.append((label, url, *self.time_url(client, url, requests, warmup, database)))
        bare_median = rows[0][3]
        self.stdout.write(f"\n{requests} requests each after {warmup} warm-up; server time in ms (in-process).\n")
        self.stdout.write("| page | URL | status | queries | median | p95 | × bare |\n|---|---|---|---|---|---|---|")
        for label, url, status, median, p95, queries in rows:
            ratio = f"{median / bare_median:.1f}" if status == 200 else "–"
            self.stdout.write(f"| {label} | `{url}` | {status} | {queries} | {median:.1f} | {p95:.1f} | {ratio} |")

    def time_url(self, client, url, requests, warmup, database):
        for _ in range(warmup):
            response = client.get(url)
        queries = []

        def count(execute, sql, *args):
            queries.append(sql)
            return execute(sql, *args)

        with connections[database].execute_wrapper(count):
            response = client.get(url)
        if response.status_code != 200:
            return response.status_code, float("nan"), float("nan"), len(queries)
        timings = []
        for _ in range(requests):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        p95 = statistics.quantiles(timings, n=20, method="inclusive")[-1]
        return response.status_code, statistics.median(timings), p95, len(queries)
