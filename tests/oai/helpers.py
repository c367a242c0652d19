"""Shared by the OAI tests: the shipped XSDs, and a requests adapter that routes a harvester to Django."""

from functools import cache
from pathlib import Path

import requests
from django.conf import settings
from django.test import Client
from lxml import etree

SCHEMAS = Path(settings.BASE_DIR) / "oai" / "schemas"
#: The official schema addresses, resolved to the copies shipped in ``oai/schemas/``.
LOCAL = {
    "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd": "OAI-PMH.xsd",
    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd": "oai_dc.xsd",
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": "simpledc20021212.xsd",
    "http://www.w3.org/2001/03/xml.xsd": "xml.xsd",
}
NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "edm": "http://www.europeana.eu/schemas/edm/",
    "ore": "http://www.openarchives.org/ore/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
BASE_URL = "http://testserver/oai/"


class _Local(etree.Resolver):
    def resolve(self, url, pubid, context):
        if url in LOCAL:
            return self.resolve_filename(str(SCHEMAS / LOCAL[url]), context)
        raise AssertionError(f"schema {url} is not shipped in oai/schemas/")


@cache
def schema():
    """OAI-PMH.xsd with oai_dc.xsd: validates a whole response, ``oai_dc`` metadata included (strictly)."""
    wrapper = f"""<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:madeni:tests">
      <import namespace="{NS["oai"]}" schemaLocation="http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"/>
      <import namespace="{NS["oai_dc"]}" schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc.xsd"/>
    </schema>"""
    parser = etree.XMLParser(no_network=True, load_dtd=False)
    parser.resolvers.add(_Local())
    document = etree.fromstring(wrapper.encode(), parser, base_url=str(SCHEMAS / "wrapper.xsd"))
    return etree.XMLSchema(etree.ElementTree(document))


def validate(tree):
    """Raise with the schema's messages unless ``tree`` (an element) is a valid OAI-PMH response."""
    oai_schema = schema()
    if not oai_schema.validate(tree):
        raise AssertionError("\n".join(str(error) for error in oai_schema.error_log))


def parse(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    return etree.fromstring(response.content)


def errors(tree):
    return [element.get("code") for element in tree.findall("oai:error", NS)]


class DjangoAdapter(requests.adapters.BaseAdapter):
    """Answers ``requests`` (what sickle uses) from the Django test client: no sockets, same transaction."""

    def __init__(self, client=None):
        super().__init__()
        self.client = client or Client()
        self.sent = []
        self.received = []

    def send(self, request, **kwargs):
        self.sent.append(request)
        path = request.url.removeprefix("http://testserver")
        if request.method == "POST":
            body = request.body.encode() if isinstance(request.body, str) else request.body or b""
            answer = self.client.post(path, body, content_type=request.headers.get("Content-Type", ""))
        else:
            answer = self.client.get(path)
        self.received.append(answer.content)
        response = requests.Response()
        response.status_code = answer.status_code
        response._content = answer.content
        response.headers.update(dict(answer.items()))
        response.encoding = "utf-8"
        response.url = request.url
        response.request = request
        return response

    def close(self):
        pass


def route_requests(monkeypatch, adapter):
    """Every ``requests`` call to http://testserver/ goes to ``adapter``."""
    original = requests.Session.get_adapter

    def get_adapter(session, url):
        return adapter if url.startswith("http://testserver/") else original(session, url)

    monkeypatch.setattr(requests.Session, "get_adapter", get_adapter)
