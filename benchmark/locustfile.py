"""What a crowd of readers does on the public archive, for locust (run by ``bin/loadtest``).

Each simulated reader opens the home page, lists, facets, searches in the archive's four
languages, record pages and files (photo renditions, document PDFs), weighted roughly as
readers do. The addresses of records and files are read from the JSON API once, at the
start, so the same file drives the demo archive and the 100,000-event benchmark archive.
"""

import itertools
import random

from locust import HttpUser, between, events, task

LANGUAGES = ("en", "kk", "ru", "fr")
LISTS = ("events", "people", "documents", "photos", "programs", "organizations", "places")
SEARCHES = (
    "культура Казахстана",
    "концерт",
    "қазақ музыкасы",
    "мәдениеті",
    "kazakh music",
    "concerts in Paris",
    "musique kazakhe",
    "festival de musique",
    "Balaeva",
    "Балаева",
    "UNESCO",
    "dombra",
)
#: How many records of each kind to sample (the API's first pages, newest first).
SAMPLE = 200

#: Filled by ``discover`` before the readers start.
POOLS = {"records": [], "files": [], "event_types": [], "programs": []}


def _sample(client, path, limit=SAMPLE):
    """The results of an API list, following its cursor up to ``limit`` rows."""
    found, url = [], f"{path}?page_size=100"
    while url and len(found) < limit:
        response = client.get(url, headers={"Accept": "application/json"})
        response.raise_for_status()
        body = response.json()
        found += body["results"]
        url = body.get("next")
    return found[:limit]


@events.test_start.add_listener
def discover(environment, **kwargs):
    """Read the addresses of records and files from the API (once, before the load)."""
    import requests

    with requests.Session() as client:
        base = environment.host.rstrip("/")
        for kind in ("events", "people", "documents", "photos", "programs"):
            for row in _sample(client, f"{base}/api/v1/{kind}/"):
                POOLS["records"] += [page.removeprefix(base) for page in (row.get("web_pages") or {}).values()]
                if kind == "events" and row.get("event_type"):
                    POOLS["event_types"].append(row["event_type"])
                if kind == "programs":
                    POOLS["programs"].append(row["slug"])
                if (row.get("file") or {}).get("url"):
                    POOLS["files"].append(row["file"]["url"].removeprefix(base))
                for rendition in row.get("renditions") or ():
                    if rendition["spec"] != "large":
                        POOLS["files"].append(rendition["url"].removeprefix(base))
    POOLS["event_types"] = sorted(set(POOLS["event_types"])) or ["concert"]
    print(  # noqa: T201 -- the operator's summary of what will be requested
        f"Load test: {len(POOLS['records'])} record pages, {len(POOLS['files'])} files, "
        f"{len(POOLS['event_types'])} event types, {len(POOLS['programs'])} programs"
    )


class Reader(HttpUser):
    """A reader who pauses one to three seconds between pages."""

    wait_time = between(1, 3)

    def on_start(self):
        self.language = random.choice(LANGUAGES)  # noqa: S311 -- load mix, not security
        self.years = itertools.cycle(range(1995, 2026, 5))

    @task(2)
    def home(self):
        self.client.get(f"/{self.language}/", name="home")

    @task(4)
    def list_page(self):
        kind = random.choice(LISTS)  # noqa: S311
        self.client.get(f"/{self.language}/{kind}/", name="list")

    @task(1)
    def second_page(self):
        self.client.get(f"/{self.language}/events/?page=2", name="list")

    @task(3)
    def facets(self):
        year = next(self.years)
        params = [f"type={random.choice(POOLS['event_types'])}", f"year_from={year}", f"year_to={year + 4}"]  # noqa: S311
        if POOLS["programs"]:
            params.append(f"program={random.choice(POOLS['programs'])}")  # noqa: S311
        chosen = random.sample(params, 2)  # noqa: S311
        self.client.get(f"/{self.language}/events/?{'&'.join(chosen)}", name="facets")

    @task(3)
    def search(self):
        self.client.get(f"/{self.language}/search/", params={"q": random.choice(SEARCHES)}, name="search")  # noqa: S311

    @task(5)
    def record(self):
        if POOLS["records"]:
            self.client.get(random.choice(POOLS["records"]), name="record page")  # noqa: S311

    @task(2)
    def file(self):
        if POOLS["files"]:
            self.client.get(random.choice(POOLS["files"]), name="file")  # noqa: S311
