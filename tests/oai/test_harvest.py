"""A real harvester (sickle) harvests the whole demo archive and finds exactly the published records."""

import pytest
from lxml import etree
from sickle import Sickle

from archive.models import Event
from archive.record_types import RECORD_MODELS
from oai import identifiers
from tests.oai.helpers import BASE_URL, NS, DjangoAdapter, route_requests, validate

pytestmark = pytest.mark.django_db

PAGE_SIZE = 17  # small, so the demo archive takes many pages and many resumption tokens


@pytest.fixture
def harvester(demo_archive, monkeypatch, settings):
    settings.MADENI_OAI_PAGE_SIZE = PAGE_SIZE
    adapter = DjangoAdapter()
    route_requests(monkeypatch, adapter)
    return adapter


def _published_identifiers(models=RECORD_MODELS):
    return {
        identifiers.identifier(model._meta.model_name, pk)
        for model in models
        for pk in model.objects.published().values_list("pk", flat=True)
    }


def test_sickle_harvests_exactly_the_published_records_in_oai_dc(harvester):
    records = list(Sickle(BASE_URL).ListRecords(metadataPrefix="oai_dc"))

    found = [record.header.identifier for record in records]
    assert len(found) == len(set(found)), "a record was harvested twice"
    assert set(found) == _published_identifiers()
    assert not any(record.deleted for record in records)
    assert len(harvester.sent) > 5, "the harvest should take several pages"
    event = next(r for r in records if r.header.identifier.startswith(f"oai:{identifiers.repository_id()}:event/"))
    assert event.metadata["title"], "oai_dc titles are read by sickle"
    assert "type:event" in event.header.setSpecs


def test_every_oai_dc_page_of_a_harvest_is_valid_against_the_schemas(harvester):
    assert list(Sickle(BASE_URL).ListRecords(metadataPrefix="oai_dc"))
    for response in harvester.received:
        validate(etree.fromstring(response))


def test_sickle_harvests_exactly_the_published_records_in_edm(harvester):
    records = list(Sickle(BASE_URL).ListRecords(metadataPrefix="edm"))

    found = [record.header.identifier for record in records]
    assert len(found) == len(set(found))
    assert set(found) == _published_identifiers()
    for record in records:
        _check_edm(record.xml.find("oai:metadata/rdf:RDF", NS))


def _check_edm(rdf):
    """The structure Europeana requires: one CHO with a title and a type, one aggregation pointing at it."""
    about = f"{{{NS['rdf']}}}about"
    resource = f"{{{NS['rdf']}}}resource"
    chos = rdf.findall("edm:ProvidedCHO", NS)
    aggregations = rdf.findall("ore:Aggregation", NS)
    assert len(chos) == 1 and len(aggregations) == 1
    cho, aggregation = chos[0], aggregations[0]
    assert cho.get(about).startswith("http")
    titles = cho.findall("dc:title", NS)
    assert titles and all(title.get("{http://www.w3.org/XML/1998/namespace}lang") for title in titles)
    assert [element.text for element in cho.findall("edm:type", NS)] in (["TEXT"], ["IMAGE"])
    assert aggregation.find("edm:aggregatedCHO", NS).get(resource) == cho.get(about)
    assert aggregation.find("edm:isShownAt", NS).get(resource) == cho.get(about)
    assert aggregation.find("edm:dataProvider", NS).text
    assert aggregation.find("edm:provider", NS).text
    assert aggregation.find("edm:rights", NS).get(resource).startswith("http")
    shown_by = aggregation.find("edm:isShownBy", NS)
    resources = {element.get(about) for element in rdf.findall("edm:WebResource", NS)}
    assert (shown_by is None and not resources) or shown_by.get(resource) in resources
    linked = {element.get(resource) for element in cho if element.get(resource)}
    contextual = {element.get(about) for element in rdf.findall("edm:Agent", NS) + rdf.findall("edm:Place", NS)}
    assert contextual <= linked


def test_photos_and_document_files_are_web_resources_in_edm(harvester):
    photos = list(Sickle(BASE_URL).ListRecords(metadataPrefix="edm", set="type:photo"))

    assert photos
    for record in photos:
        rdf = record.xml.find("oai:metadata/rdf:RDF", NS)
        assert rdf.find("edm:ProvidedCHO/edm:type", NS).text == "IMAGE"
        assert rdf.find("edm:WebResource", NS) is not None


def test_sickle_lists_identifiers_by_get_and_by_post_alike(harvester):
    by_get = [header.identifier for header in Sickle(BASE_URL).ListIdentifiers(metadataPrefix="oai_dc")]
    by_post = [
        header.identifier for header in Sickle(BASE_URL, http_method="POST").ListIdentifiers(metadataPrefix="oai_dc")
    ]

    assert by_get == by_post
    assert set(by_get) == _published_identifiers()
    assert any(request.method == "POST" for request in harvester.sent)


def test_a_type_set_holds_exactly_the_published_records_of_that_type(harvester):
    headers = list(Sickle(BASE_URL).ListIdentifiers(metadataPrefix="oai_dc", set="type:event"))

    assert {header.identifier for header in headers} == _published_identifiers([Event])


def test_a_program_set_holds_the_program_and_its_published_events_and_documents(harvester):
    from archive.models import Document, Program

    program = Program.objects.published().filter(events__isnull=False).distinct().first()
    headers = list(Sickle(BASE_URL).ListIdentifiers(metadataPrefix="oai_dc", set=f"program:{program.slug}"))

    expected = {identifiers.for_record(program)}
    expected |= {identifiers.for_record(event) for event in Event.objects.published().filter(programs=program)}
    expected |= {identifiers.for_record(doc) for doc in Document.objects.published().filter(programs=program)}
    assert {header.identifier for header in headers} == expected
    assert all(f"program:{program.slug}" in header.setSpecs for header in headers)


def test_every_set_sickle_lists_can_be_harvested(harvester):
    specs = [oai_set.setSpec for oai_set in Sickle(BASE_URL).ListSets()]

    assert "type:event" in specs and any(spec.startswith("program:") for spec in specs)
    for spec in specs:
        assert list(Sickle(BASE_URL).ListIdentifiers(metadataPrefix="oai_dc", set=spec))


def test_sickle_gets_one_record_and_identifies_the_repository(harvester):
    event = Event.objects.published().first()
    sickle = Sickle(BASE_URL)

    record = sickle.GetRecord(identifier=identifiers.for_record(event), metadataPrefix="oai_dc")
    identify = sickle.Identify()
    formats = [f.metadataPrefix for f in sickle.ListMetadataFormats()]

    assert record.metadata["title"][0] == event.title_en
    assert identify.deletedRecord == "persistent"
    assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"
    assert formats == ["oai_dc", "edm"]
