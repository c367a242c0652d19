"""``edm``: the Europeana Data Model, for Europeana and other aggregators.

One ``rdf:RDF`` per record: the ``edm:ProvidedCHO`` (titles and descriptions in every
language written, with ``xml:lang``), ``edm:WebResource`` for a photo's image or a
document's file, contextual ``edm:Agent`` and ``edm:Place`` entities for the people,
organizations and places it names, and the ``ore:Aggregation`` tying them together.
"""

from lxml import etree

from archive.models import Place

from .describe import name
from .xmlns import DC, DCTERMS, EDM, ORE, RDF, SKOS, WGS84, sub

PREFIX = "edm"
SCHEMA = "http://www.europeana.eu/schemas/edm/EDM.xsd"
NAMESPACE = EDM
PROVIDER = "Madeni"
RESOURCE = f"{{{RDF}}}resource"
ABOUT = f"{{{RDF}}}about"


def _resource(parent, namespace, tag, url):
    return sub(parent, namespace, tag, **{RESOURCE: url})


def _contextual(root, records, links):
    seen = set()
    for record in records:
        url = links.page(record)
        if url in seen:
            continue
        seen.add(url)
        entity = sub(root, EDM, "Place" if isinstance(record, Place) else "Agent", **{ABOUT: url})
        for lang, text in name(record):
            sub(entity, SKOS, "prefLabel", text, lang=lang)
        if isinstance(record, Place) and record.latitude is not None and record.longitude is not None:
            sub(entity, WGS84, "lat", record.latitude)
            sub(entity, WGS84, "long", record.longitude)


def build(description, links):
    nsmap = {"rdf": RDF, "dc": DC, "dcterms": DCTERMS, "edm": EDM, "ore": ORE, "skos": SKOS, "wgs84_pos": WGS84}
    root = etree.Element(f"{{{RDF}}}RDF", nsmap=nsmap)
    cho = sub(root, EDM, "ProvidedCHO", **{ABOUT: description.url})
    for lang, text in description.titles:
        sub(cho, DC, "title", text, lang=lang)
    for lang, text in description.descriptions:
        sub(cho, DC, "description", text, lang=lang)
    for record in description.creators:
        _resource(cho, DC, "creator", links.page(record))
    if description.credit:
        sub(cho, DC, "creator", description.credit)
    for record in description.contributors:
        _resource(cho, DC, "contributor", links.page(record))
    if description.publisher is not None:
        _resource(cho, DC, "publisher", links.page(description.publisher))
    if description.date:
        sub(cho, DC, "date", description.date)
    sub(cho, DC, "identifier", description.url)
    for identifier in description.identifiers:
        sub(cho, DC, "identifier", identifier)
    if description.language:
        sub(cho, DC, "language", description.language)
    for lang, text in description.subjects:
        sub(cho, DC, "subject", text, lang=lang)
    for source in description.sources:
        sub(cho, DC, "source", source)
    for term in description.types:
        sub(cho, DC, "type", term, lang="en")
    for record in description.related:
        _resource(cho, DC, "relation", links.page(record))
    for record in description.part_of:
        _resource(cho, DCTERMS, "isPartOf", links.page(record))
    for record in description.places:
        _resource(cho, DCTERMS, "spatial", links.page(record))
    if description.coordinates:
        sub(cho, WGS84, "lat", description.coordinates[0])
        sub(cho, WGS84, "long", description.coordinates[1])
    sub(cho, EDM, "type", description.edm_type)

    for url, media_type in description.files:
        resource = sub(root, EDM, "WebResource", **{ABOUT: url})
        sub(resource, DC, "format", media_type)
        _resource(resource, EDM, "rights", description.rights)

    _contextual(root, description.creators + description.contributors + description.places, links)
    if description.publisher is not None:
        _contextual(root, [description.publisher], links)

    aggregation = sub(root, ORE, "Aggregation", **{ABOUT: f"{description.url}#aggregation"})
    _resource(aggregation, EDM, "aggregatedCHO", description.url)
    sub(aggregation, EDM, "dataProvider", PROVIDER)
    _resource(aggregation, EDM, "isShownAt", description.url)
    if description.files:
        _resource(aggregation, EDM, "isShownBy", description.files[0][0])
    sub(aggregation, EDM, "provider", PROVIDER)
    _resource(aggregation, EDM, "rights", description.rights)
    return root
