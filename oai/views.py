"""The OAI-PMH 2.0 endpoint: GET and POST, every verb, every error condition, conditional GET."""

import dataclasses
import datetime
import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from lxml import etree

from . import records
from .arguments import OAIError, format_datestamp, parse
from .formats import Links
from .formats.xmlns import OAI, XSI, sub
from .verbs import VERBS

SCHEMA_LOCATION = f"{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
#: Part of every ETag: bump it when the output changes for the same data.
OUTPUT_VERSION = "1"


@dataclasses.dataclass(frozen=True)
class Context:
    now: datetime.datetime
    base_url: str
    links: Links


def _site(request):
    return settings.SITE_URL.rstrip("/") or request.build_absolute_uri("/").rstrip("/")


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request):
    params = request.POST if request.method == "POST" else request.GET
    now = timezone.now()
    site = _site(request)
    context = Context(now=now, base_url=site + reverse("oai:endpoint"), links=Links(site))
    last_change = None
    etag = None
    # A resumption token continues one harvest: its pages are not revalidated, and sparing
    # them the look-up of the last change keeps a harvest of the whole archive fast.
    if request.method in ("GET", "HEAD") and "resumptionToken" not in params:
        last_change = records.last_change(now)
        etag = _etag(params, context, last_change)
        last_modified = int(last_change.timestamp()) if last_change else None
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return not_modified
    # The protocol is for machines: one language, whatever the reader's browser says.
    with translation.override(settings.LANGUAGE_CODE):
        body = _respond(params, context)
    response = HttpResponse(body, content_type="text/xml; charset=utf-8")
    if etag:
        response["ETag"] = etag
        if last_change:
            response["Last-Modified"] = http_date(last_change.timestamp())
        patch_cache_control(response, no_cache=True)
    return response


def _etag(params, context, last_change):
    """Changes when the request, the base URL or anything a harvester may see changes."""
    parts = [OUTPUT_VERSION, context.base_url, last_change.isoformat() if last_change else "-"]
    parts += [f"{name}={value}" for name in sorted(params) for value in params.getlist(name)]
    parts.append(str(settings.MADENI_OAI_PAGE_SIZE))
    return '"' + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32] + '"'


def _respond(params, context):
    root = etree.Element(f"{{{OAI}}}OAI-PMH", nsmap={None: OAI, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    sub(root, OAI, "responseDate", format_datestamp(context.now))
    request_element = sub(root, OAI, "request", context.base_url)
    try:
        verb, args = parse(params)
    except OAIError as error:
        # badVerb and badArgument: the request element carries the base URL only.
        sub(root, OAI, "error", error.message, code=error.code)
        return _serialise(root)
    request_element.set("verb", verb)
    for name, value in args.items():
        request_element.set(name, value)
    try:
        VERBS[verb](root, args, context)
    except OAIError as error:
        for child in root[2:]:
            root.remove(child)
        if error.code == "badArgument":
            request_element.attrib.clear()
        sub(root, OAI, "error", error.message, code=error.code)
    return _serialise(root)


def _serialise(root):
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
