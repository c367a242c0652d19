"""XML namespaces and a small helper to build elements with lxml."""

from lxml import etree

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
EDM = "http://www.europeana.eu/schemas/edm/"
ORE = "http://www.openarchives.org/ore/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sub(parent, namespace, tag, text=None, *, lang=None, **attributes):
    element = etree.SubElement(parent, f"{{{namespace}}}{tag}")
    if text is not None:
        element.text = str(text)
    if lang:
        element.set(XML_LANG, lang)
    for name, value in attributes.items():
        element.set(name, value)
    return element
