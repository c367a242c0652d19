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

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.test import Client, override_settings

from archive.models import Event, Person, Place, Program, Status
from benchmark import synthetic
from ops.progress import progress_for

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
    ("Search ru: one word", "/en/search/?q=%D0%BA%D1%83%D0%BB%D1%8C%D1%82%D1%83%D1%80%D1%8B"),
    (
        "Search ru: two words",
        "/en/search/?q=%D0%BA%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D0%BA%D0%BE%D0%B9+%D0%BC%D1%83%D0%B7%D1%8B%D0%BA%D0%B8",
    ),
    (
        "Search ru: four words",
        "/en/search/?q=%D0%BA%D0%BE%D0%BD%D1%86%D0%B5%D1%80%D1%82+%D0%BA%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D0%BA%D0%BE%D0%B9+%D0%BC%D1%83%D0%B7%D1%8B%D0%BA%D0%B8+%D0%9F%D0%B0%D1%80%D0%B8%D0%B6%D0%B5",
    ),
    ("Search kk: one word", "/en/search/?q=%D0%BC%D3%99%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5%D1%82%D1%96"),
    (
        "Search kk: two words",
        "/en/search/?q=%D2%9B%D0%B0%D0%B7%D0%B0%D2%9B+%D0%BC%D1%83%D0%B7%D1%8B%D0%BA%D0%B0%D1%81%D1%8B",
    ),
    (
        "Search kk: four words",
        "/en/search/?q=%D0%9F%D0%B0%D1%80%D0%B8%D0%B6%D0%B4%D0%B5+%D2%9B%D0%B0%D0%B7%D0%B0%D2%9B+%D0%BC%D1%83%D0%B7%D1%8B%D0%BA%D0%B0%D1%81%D1%8B%D0%BD%D1%8B%D2%A3+%D0%BA%D0%BE%D0%BD%D1%86%D0%B5%D1%80%D1%82%D1%96",
    ),
    ("Search en: one word", "/en/search/?q=concerts"),
    ("Search en: four words", "/en/search/?q=concerts+of+kazakh+music+in+Paris"),
    ("Search fr: one word", "/en/search/?q=musique"),
    ("Search fr: two words", "/en/search/?q=musique+kazakhe"),
    ("Search fr: four words", "/en/search/?q=festival+de+musique+kazakhe+%C3%A0+Paris"),
    ("Search: most of the words", "/en/search/?q=dombra+festival+paris+zzyzx"),
    ("Search: a participant's name", "/en/search/?q=Balaeva+concert"),
    ("Person detail", "/en/people/{person}/"),
    ("API: events list", "/api/v1/events/"),
    ("API: events, two filters: type + country", "/api/v1/events/?type=concert&country={country}"),
    ("API: events list, 100 a page", "/api/v1/events/?page_size=100"),
    ("API: people list", "/api/v1/people/"),
    ("API: documents list", "/api/v1/documents/"),
    ("API: events search", "/api/v1/events/?q=kazakh+music"),
    ("API: person detail", "/api/v1/people/{person}/"),
]
#: Editors' pages, requested as a logged-in superuser (login itself is password hashing: left out).
ADMIN_URLS = [
    ("Admin: home (dashboard)", "/admin/"),
    ("Admin: events list", "/admin/archive/event/"),
    ("Admin: events list, searched", "/admin/archive/event/?q=concert"),
    ("Admin: event change page", "/admin/archive/event/{event_pk}/change/"),
    ("Admin: event add page", "/admin/archive/event/add/"),
    ("Admin: people list", "/admin/archive/person/"),
    ("Admin: person change page", "/admin/archive/person/{person_pk}/change/"),
    ("Admin: documents list", "/admin/archive/document/"),
]
#: The user the admin pages are requested as (created in the benchmark database if missing).
ADMIN_USERNAME = "benchmark-admin"
#: The baseline: Django rendering a static template (see benchmark/urls.py).
BARE_URL = ("Bare view, static template", "/benchmark/static/")


class Command(BaseCommand):
    help = "Fill PostgreSQL with a synthetic archive (--fill) and report median and p95 server times."

    def add_arguments(self, parser):
        parser.add_argument("--fill", action="store_true", help="Create the synthetic archive first.")
        parser.add_argument("--reset", action="store_true", help="Empty the archive first (benchmark data only).")
        parser.add_argument("--events", type=int, default=100_000)
        parser.add_argument("--people", type=int, default=20_000)
        parser.add_argument("--documents", type=int, default=30_000)
        parser.add_argument("--organizations", type=int, help="Organizations to create (default: one per 100 events).")
        parser.add_argument("--programs", type=int, help="Programs to create (default: three per 1,000 events).")
        parser.add_argument("--requests", type=int, default=60, help="Timed requests per URL (default 60).")
        parser.add_argument("--warmup", type=int, default=5)
        parser.add_argument("--database", default="default")
        parser.add_argument("--only", default="", help="Measure only the pages whose label contains this text.")

    def handle(self, *args, fill, reset, events, people, documents, requests, warmup, database, only, **options):
        if connections[database].vendor != "postgresql":
            raise CommandError("The benchmark runs on PostgreSQL only: set DATABASE_URL=postgres://… (see docs).")
        organizations, programs = synthetic.shape(events)
        organizations = organizations if options["organizations"] is None else options["organizations"]
        programs = programs if options["programs"] is None else options["programs"]
        if requests < 2 or warmup < 0 or min(events, people, documents, organizations, programs) < 1:
            raise CommandError("--requests must be at least 2, --warmup and the record counts positive.")
        if reset:
            try:
                synthetic.reset(database)
            except ValueError as error:
                raise CommandError(str(error)) from None
            self.stdout.write("Emptied the archive tables.")
        if fill:
            counts = {"events": events, "people": people, "documents": documents}
            counts |= {"organizations": organizations, "programs": programs}
            self.fill(database, options["verbosity"], **counts)
        self.measure(database, requests, warmup, only)

    def fill(self, database, verbosity, **counts):
        if Event.objects.using(database).exists():
            raise CommandError("The archive is not empty: add --reset to replace the benchmark data.")
        self.stdout.write("Filling: " + ", ".join(f"{count:,} {name}" for name, count in counts.items()))
        start = time.perf_counter()
        synthetic.Synthesizer(using=database, log=self.stdout.write, progress=progress_for(self, verbosity)).fill(
            **counts
        )
        self.stdout.write(f"Filled in {time.perf_counter() - start:.0f} s.")

    def measure(self, database, requests, warmup, only=""):
        country = Place.objects.using(database).filter(kind=Place.Kind.COUNTRY, country_code="FR").first()
        people = Person.objects.using(database).published().order_by("pk")
        # The synthetic archive's records if there are some, else any public one (the demo archive).
        person = people.filter(slug__startswith=synthetic.SLUG_PREFIX).first() or people.first()
        program = Program.objects.using(database).published().order_by("pk").first()
        events = Event.objects.using(database).published().order_by("pk")
        event = events.filter(slug__startswith=synthetic.SLUG_PREFIX).first() or events.first()
        if country is None or person is None or program is None or event is None:
            raise CommandError("No benchmark data: run with --fill first.")
        counts = {
            "events": Event.objects.using(database).count(),
            "published events": Event.objects.using(database).filter(status=Status.PUBLISHED).count(),
            "people": Person.objects.using(database).count(),
        }
        self.stdout.write(", ".join(f"{count:,} {name}" for name, count in counts.items()))
        self.stdout.write(server_settings(database))
        client, editor = Client(), Client()
        editor.force_login(self.admin_user(database))
        slugs = {"country": country.slug, "program": program.slug, "person": person.slug}
        keys = {"event_pk": event.pk, "person_pk": person.pk}
        pages = [(label, url.format(**slugs), client) for label, url in URLS]
        pages += [(label, url.format(**keys), editor) for label, url in ADMIN_URLS]
        pages = [page for page in pages if only.lower() in page[0].lower()]
        rows = []
        # WhiteNoise warns that STATIC_ROOT is missing; static files are not what is measured.
        warnings.filterwarnings("ignore", "No directory at", UserWarning)
        # DEBUG off as in production: no query log, no debug templates; no API throttling of the timed requests.
        with override_settings(DEBUG=False, ROOT_URLCONF="benchmark.urls", MADENI_API_ANON_RATE="1000000/minute"):
            for label, url, requester in [(*BARE_URL, client), *pages]:
                rows.append((label, url, *self.time_url(requester, url, requests, warmup, database)))
        bare_median = rows[0][3]
        self.stdout.write(f"\n{requests} requests each after {warmup} warm-up; server time in ms (in-process).\n")
        self.stdout.write("| page | URL | status | queries | median | p95 | × bare |\n|---|---|---|---|---|---|---|")
        for label, url, status, median, p95, queries in rows:
            ratio = f"{median / bare_median:.1f}" if status == 200 else "–"
            self.stdout.write(f"| {label} | `{url}` | {status} | {queries} | {median:.1f} | {p95:.1f} | {ratio} |")

    def admin_user(self, database):
        user, _created = User.objects.db_manager(database).get_or_create(
            username=ADMIN_USERNAME, defaults={"is_staff": True, "is_superuser": True}
        )
        if _created:
            user.set_unusable_password()
            user.save(using=database)
        return user

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


#: What the server's figures depend on besides the archive: its memory for caching pages and sorting.
SERVER_SETTINGS = ("shared_buffers", "effective_cache_size", "work_mem")


def server_settings(database):
    """The server's version and memory settings: "PostgreSQL 15.19, shared_buffers 128MB, …".

    The same pages take several times longer when the server caches little of a large
    archive, so a report says what it was measured with.
    """
    connection = connections[database]
    with connection.cursor() as cursor:
        shown = []
        for name in SERVER_SETTINGS:
            cursor.execute(f"SHOW {name}")  # names from the constant above
            shown.append(f"{name} {cursor.fetchone()[0]}")
    major, minor = divmod(connection.pg_version, 10000)
    return f"PostgreSQL {major}.{minor}, " + ", ".join(shown)
