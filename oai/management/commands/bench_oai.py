"""Time a full OAI-PMH harvest of the archive: every page of ListIdentifiers or ListRecords.

Run it on the data of ``manage.py benchmark --fill`` (see docs/benchmarks.md). Like that
command, it requests through Django's test client in-process, with DEBUG off.
"""

import statistics
import time
import warnings

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from lxml import etree

NS = {"oai": "http://www.openarchives.org/OAI/2.0/"}


class Command(BaseCommand):
    help = "Harvest the whole archive over OAI-PMH and report the time taken."

    def add_arguments(self, parser):
        parser.add_argument("--verb", choices=["ListRecords", "ListIdentifiers"], default="ListRecords")
        parser.add_argument("--prefix", default="oai_dc", help="metadataPrefix (oai_dc or edm).")
        parser.add_argument("--max-pages", type=int, default=0, help="Stop after this many pages (0: all).")

    def handle(self, *args, verb, prefix, max_pages, **options):
        warnings.filterwarnings("ignore", "No directory at", UserWarning)
        client = Client()
        query = {"verb": verb, "metadataPrefix": prefix}
        times, queries, items, pages = [], [], 0, 0
        element = "oai:record" if verb == "ListRecords" else "oai:header"
        started = time.perf_counter()
        with override_settings(DEBUG=False):
            while query:
                counter = _Counter()
                with connection.execute_wrapper(counter):
                    begin = time.perf_counter()
                    response = client.get("/oai/", query)
                    times.append((time.perf_counter() - begin) * 1000)
                queries.append(counter.count)
                if response.status_code != 200:
                    raise CommandError(f"{response.status_code} for {query}")
                tree = etree.fromstring(response.content)
                error = tree.find("oai:error", NS)
                if error is not None:
                    raise CommandError(f"{error.get('code')}: {error.text}")
                items += len(tree.findall(f"oai:{verb}/{element}", NS))
                pages += 1
                token = tree.findtext(f"oai:{verb}/oai:resumptionToken", namespaces=NS)
                query = {"verb": verb, "resumptionToken": token} if token else None
                if max_pages and pages >= max_pages:
                    break
        total = time.perf_counter() - started
        p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
        self.stdout.write(
            f"{verb} {prefix}: {items:,} items in {pages:,} pages, {total:.1f} s "
            f"({items / total:,.0f} items/s); per page median {statistics.median(times):.0f} ms, "
            f"p95 {p95:.0f} ms, max {max(times):.0f} ms; queries per page {min(queries)}–{max(queries)}"
        )


class _Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)
