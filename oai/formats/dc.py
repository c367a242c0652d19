"""``oai_dc``: unqualified Dublin Core, as every OAI-PMH repository must offer."""

from lxml import etree

from .describe import name
from .xmlns import DC, OAI_DC, XSI, sub

PREFIX = "oai_dc"
SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
NAMESPACE = OAI_DC


def _names(record):
    """The record's name in the first language it is written in."""
    return [text for _lang, text in name(record)[:1]]


def build(description, links):
    root = etree.Element(f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} {SCHEMA}")
    for lang, text in description.titles:
        sub(root, DC, "title", text, lang=lang)
    for record in description.creators:
        for text in _names(record):
            sub(root, DC, "creator", text)
    if description.credit:
        sub(root, DC, "creator", description.credit)
    for lang, text in description.subjects:
        sub(root, DC, "subject", text, lang=lang)
    for lang, text in description.descriptions:
        sub(root, DC, "description", text, lang=lang)
    if description.publisher is not None:
        for text in _names(description.publisher):
            sub(root, DC, "publisher", text)
    for record in description.contributors:
        for text in _names(record):
            sub(root, DC, "contributor", text)
    if description.date:
        sub(root, DC, "date", description.date)
    for term in description.types:
        sub(root, DC, "type", term)
    for _url, media_type in description.files:
        sub(root, DC, "format", media_type)
    sub(root, DC, "identifier", description.url)
    for identifier in description.identifiers:
        sub(root, DC, "identifier", identifier)
    for source in description.sources:
        sub(root, DC, "source", source)
    if description.language:
        sub(root, DC, "language", description.language)
    for record in description.part_of + description.related:
        sub(root, DC, "relation", links.page(record))
    for record in description.places:
        for text in _names(record):
            sub(root, DC, "coverage", text)
    sub(root, DC, "rights", description.rights)
    return root
