"""Every record type declared in ``archive.record_types`` shows on every surface, and only there.

One published record of each type is made, then each surface is asked for it: the public
list and detail pages, the sitemap, the search index, the API, OAI-PMH, the feed, JSON-LD,
IIIF, citations and exports. A new type fails here until it has a maker below; a module that
keeps its own list of the record models fails the last test.
"""

import ast
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.module_loading import import_string

from archive import record_types
from archive.identifiers import uri
from archive.links import record_url
from archive.models import Place, Record, SearchEntry
from archive.record_types import RECORD_MODELS, RECORD_TYPES
from archive.search import query
from archive.views.sitemaps import SITEMAPS
from editorial.references import linked_records
from iiif import addresses
from oai import identifiers
from tests.factories import (
    make_document,
    make_event,
    make_organization,
    make_person,
    make_photo,
    make_place,
    make_program,
)

#: How to make a record of each type: a venue, so that JSON-LD keeps the type's own ``@type``
#: (a country is a schema.org Country). Documents are of the kind "other" for the same reason.
MAKERS = {
    "event": make_event,
    "person": make_person,
    "program": make_program,
    "document": make_document,
    "organization": make_organization,
    "place": lambda **fields: make_place(kind=Place.Kind.VENUE, **fields),
    "photo": make_photo,
}
WORD = "Zephyrine"

by_type = pytest.mark.parametrize("record_type", RECORD_TYPES, ids=lambda record_type: record_type.name)


@pytest.fixture
def records(db, media_root):
    """``{type name: a published record}``, each named "Zephyrine <type>"."""
    return {
        record_type.name: MAKERS[record_type.name](**{record_type.model.slug_source: f"{WORD} {record_type.name}"})
        for record_type in RECORD_TYPES
    }


def _jsonld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(match.group(1))


def test_every_record_type_can_be_made_here():
    assert set(MAKERS) == {record_type.name for record_type in RECORD_TYPES}


def test_each_model_segment_and_name_is_declared_once():
    assert len(set(RECORD_MODELS)) == len({t.segment for t in RECORD_TYPES}) == len({t.name for t in RECORD_TYPES})
    assert all(issubclass(model, Record) for model in RECORD_MODELS)
    for record_type in RECORD_TYPES:
        assert record_types.of(record_type.model) is record_type
        assert record_types.by_name(record_type.name) is record_type
        assert record_types.by_segment(record_type.segment) is record_type
    assert record_types.by_name("theme") is None
    assert record_types.by_segment("search") is None


@by_type
def test_the_list_and_the_detail_page_are_at_the_declared_segment(client, records, record_type):
    record = records[record_type.name]
    page = f"/en/{record_type.segment}/{record.slug}/"

    assert reverse(record_type.list_url_name) == f"/en/{record_type.segment}/"
    listing = client.get(f"/en/{record_type.segment}/")
    assert listing.status_code == 200
    assert listing.context["title"] == record_type.title
    assert record_type.card_template in [template.name for template in listing.templates]
    assert page in listing.content.decode()

    detail = client.get(page)
    assert detail.status_code == 200
    assert detail.context["record"] == record
    assert record_type.detail_template in [template.name for template in detail.templates]


@by_type
def test_get_absolute_url_is_the_declared_detail_page(records, record_type):
    record = records[record_type.name]
    expected = reverse(record_type.detail_url_name, kwargs={"slug": record.slug})
    assert record.get_absolute_url() == record_url(record) == expected == f"/en/{record_type.segment}/{record.slug}/"


@by_type
def test_the_menu_and_the_home_page_list_every_type(client, records, record_type):
    home = client.get("/en/")
    menu = home.content.decode().split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="/en/{record_type.segment}/">{record_type.title}</a>' in menu
    assert {"url": f"/en/{record_type.segment}/", "segment": record_type.segment, "count": 1}.items() <= next(
        section for section in home.context["sections"] if section["segment"] == record_type.segment
    ).items()


@by_type
def test_the_sitemap_lists_the_types_declared_in_it(client, records, record_type):
    record = records[record_type.name]
    assert (record_type.segment in SITEMAPS) == record_type.in_sitemap
    if not record_type.in_sitemap:
        return
    assert f"/sitemap-{record_type.segment}.xml" in client.get("/sitemap.xml").content.decode()
    assert f"/en/{record_type.segment}/</loc>" in client.get("/sitemap-pages.xml").content.decode()
    section = client.get(f"/sitemap-{record_type.segment}.xml").content.decode()
    assert f"/kk/{record_type.segment}/{record.slug}/</loc>" in section


def test_search_entries_are_of_one_kind_per_type_in_menu_order():
    field = SearchEntry._meta.get_field("kind")
    assert field.choices == [(record_type.name, record_type.title) for record_type in RECORD_TYPES]


@by_type
def test_search_indexes_and_finds_every_type_by_its_declared_fields(client, records, record_type):
    record = records[record_type.name]
    assert SearchEntry.objects.get(kind=record_type.name, object_id=record.pk).title  # the analysed name

    results = query.search(WORD, kind=record_type.name)
    assert results.facets == {t.name: 1 for t in RECORD_TYPES}
    assert query.load_records(results.entries.values_list("kind", "object_id")) == [(record_type.name, record)]
    page = client.get("/en/search/", {"q": WORD, "type": record_type.name}).content.decode()
    assert f'href="/en/{record_type.segment}/{record.slug}/"' in page


@by_type
def test_the_api_lists_and_shows_every_type(client, records, record_type):
    record = records[record_type.name]
    endpoint = f"/api/v1/{record_type.segment}/"
    assert client.get("/api/v1/").json()[record_type.segment] == f"http://testserver{endpoint}"

    listing = client.get(endpoint).json()
    assert [item["slug"] for item in listing["results"]] == [record.slug]
    detail = client.get(f"{endpoint}{record.slug}/").json()
    assert detail["url"] == f"http://testserver{endpoint}{record.slug}/"
    assert detail["web_pages"]["en"] == f"http://testserver{record.get_absolute_url()}"


@by_type
def test_oai_has_a_set_of_every_type_with_its_dc_type(client, records, record_type):
    record = records[record_type.name]
    assert f"<setSpec>{record_type.oai_set}</setSpec>" in client.get("/oai/", {"verb": "ListSets"}).content.decode()

    listed = client.get("/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": record_type.oai_set})
    assert re.findall(r"<identifier>([^<]+)</identifier>", listed.content.decode()) == [identifiers.for_record(record)]
    assert identifiers.for_record(record).endswith(f":{record_type.name}/{record.pk}")
    found = client.get(
        "/oai/", {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": identifiers.for_record(record)}
    ).content.decode()
    assert f"<dc:type>{record_type.dc_type}</dc:type>" in found
    edm = client.get(
        "/oai/", {"verb": "GetRecord", "metadataPrefix": "edm", "identifier": identifiers.for_record(record)}
    ).content.decode()
    assert f">{record_type.edm_type}</edm:type>" in edm


@by_type
def test_the_feed_announces_the_types_declared_in_it(client, records, record_type):
    feed = client.get("/en/feed/").content.decode()
    assert (f"<id>{uri(records[record_type.name])}</id>" in feed) == record_type.in_feed


@by_type
def test_json_ld_is_of_the_declared_schema_org_type(client, records, record_type):
    data = _jsonld(client.get(records[record_type.name].get_absolute_url()))
    assert data["@type"] == record_type.schema_type
    assert data["@id"] == uri(records[record_type.name])


@by_type
def test_iiif_manifests_exist_for_the_types_that_declare_them(rf, records, record_type):
    record = records[record_type.name]
    address = f"/iiif/{record_type.name}/{record.slug}/manifest.json"
    if record_type.iiif_manifest is None:
        with pytest.raises(NoReverseMatch):
            reverse(f"iiif:{record_type.name}-manifest", kwargs={"slug": record.slug})
        with pytest.raises(Resolver404):
            resolve(address)
        return
    assert resolve(address).func is import_string(record_type.iiif_manifest)
    assert addresses.manifest_url(rf.get("/"), record) == f"http://testserver{address}"


@by_type
def test_citations_and_persistent_uris_reach_every_type(client, records, record_type):
    record = records[record_type.name]
    [item] = json.loads(client.get(f"/en/cite/{record_type.segment}/{record.slug}.json").content)
    assert item["type"] == record_type.csl_type
    resolved = client.get(f"/id/{record_type.name}/{record.pk}")
    assert (resolved.status_code, resolved["Location"]) == (303, record.get_absolute_url())


@by_type
def test_every_type_exports_its_list(client, records, record_type):
    response = client.get(f"/en/{record_type.segment}/export.csv")
    assert response.status_code == 200
    assert records[record_type.name].slug in b"".join(response.streaming_content).decode()


@by_type
def test_attached_records_are_relations_to_records(record_type):
    for name in record_type.attached:
        relation = record_type.model._meta.get_field(name)
        assert relation.related_model in RECORD_MODELS


def test_an_events_attached_photo_counts_as_one_of_its_links(records):
    event, photo = records["event"], records["photo"]
    photo.events.add(event)
    assert photo in linked_records(event)


# The guard -----------------------------------------------------------------------------------

BASE = Path(settings.BASE_DIR)
REGISTRY = BASE / "archive" / "record_types.py"
#: A list of types in disguise: a tuple, list, set or dict naming this many record models.
MOST = 2


def _model_named(node, names, *, declared=True):
    """The record model an element names: ``Event``, ``models.Event``, or (``declared``) ``Thing(Event, …)``."""
    if declared and isinstance(node, ast.Call) and node.args:
        node = node.args[0]
    if isinstance(node, ast.Name) and node.id in names:
        return node.id
    if isinstance(node, ast.Attribute) and node.attr in names:
        return node.attr
    return None


def _lists_of_record_models(tree, names):
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            found = {_model_named(element, names) for element in node.elts}
        elif isinstance(node, ast.Dict):
            # Keyed by model or mapping to models; not mapping fields to calls: ``{"authors": many(Person)}``.
            found = {_model_named(key, names) for key in node.keys if key is not None}
            found |= {_model_named(value, names, declared=False) for value in node.values}
        else:
            continue
        found.discard(None)
        if len(found) > MOST:
            yield node.lineno, sorted(found)


def test_no_module_keeps_its_own_list_of_the_record_models():
    names = {model.__name__ for model in RECORD_MODELS}
    offenders = []
    for path in sorted(BASE.rglob("*.py")):
        parts = path.relative_to(BASE).parts
        if parts[0].startswith(".") or parts[0] == "tests" or "migrations" in parts or path == REGISTRY:
            continue
        for line, found in _lists_of_record_models(ast.parse(path.read_text(encoding="utf-8")), names):
            offenders.append(f"{path.relative_to(BASE)}:{line} {', '.join(found)}")
    assert not offenders, "read the record types from archive.record_types instead: " + "; ".join(offenders)


def test_the_guard_finds_a_list_of_record_models():
    names = {model.__name__ for model in RECORD_MODELS}
    source = (
        "FEED = (Event, Document, Program)\n"
        "TYPES = [Thing(models.Person), Thing(Place), Thing(Photo)]\n"
        "FIELDS = {Event: ['title'], Person: ['name'], Place: ['name']}\n"
        "KINDS = {'event': Event, 'person': Person, 'place': Place}\n"
    )
    assert [line for line, _found in _lists_of_record_models(ast.parse(source), names)] == [1, 2, 3, 4]
    harmless = "MEDIA = (Photo, Document)\nLINKS = {'a': many(Event), 'b': many(Person), 'c': many(Place)}\n"
    assert not list(_lists_of_record_models(ast.parse(harmless), names))
