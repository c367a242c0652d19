"""schema.org descriptions of records, as JSON-LD for the detail pages."""

from django.utils.translation import get_language

from archive import dates, record_types
from archive.external_ids import external_links
from archive.identifiers import uri
from archive.links import record_url
from archive.models import Document, Event, Organization, Person, Photo, Place, Program

#: Each record is of its type's ``schema_type`` (``archive.record_types``); documents and
#: places take a more precise type when one fits.
DOCUMENT_TYPES = {
    Document.Type.ARTICLE: "ScholarlyArticle",
    Document.Type.PRESS_RELEASE: "Article",
    Document.Type.REPORT: "Report",
    Document.Type.POLICY: "Report",
}
ARTICLE_TYPES = ("Article", "ScholarlyArticle", "Report")
#: Media types of the document files the archive accepts.
MEDIA_TYPES = {"pdf": "application/pdf", "txt": "text/plain"}
PLACE_TYPES = {Place.Kind.COUNTRY: "Country", Place.Kind.CITY: "City"}


def _url(request, record):
    return request.build_absolute_uri(record_url(record))


def _schema_type(record):
    return record_types.of(record).schema_type


def _ref(request, record):
    return {"@type": _schema_type(record), "@id": uri(record), "name": str(record), "url": _url(request, record)}


def _dates(record, start="startDate", end="endDate"):
    """ISO 8601 dates at the record's own precision ("2025-09", "2025"), never widened to days.

    An approximate or uncertain date keeps its EDTF form too: ``temporalCoverage`` on creative
    works, and on events (which have no such property) the date in words, "circa 1992".
    """
    value = dates.precise(record.date)
    if value is None:
        return {}
    data = {}
    if value.start:
        data[start] = value.start
    if end and value.end:
        data[end] = value.end
    elif not value.start and value.end:
        data[start] = value.end  # "../1991": the only day the record can be dated by
    if value.qualified:
        if end:
            data["disambiguatingDescription"] = record.date_display
        else:
            data["temporalCoverage"] = record.date
    return data


def _same_as(record):
    return [url for _label, url, _value in external_links(record)]


def _place(request, place):
    data = {
        "@type": PLACE_TYPES.get(place.kind, _schema_type(place)),
        "@id": uri(place),
        "name": str(place),
        "url": _url(request, place),
    }
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    address = {}
    country = place if place.kind == Place.Kind.COUNTRY else getattr(place, "country", None)
    if country is not None and country.country_code:
        address["addressCountry"] = country.country_code
    city = place if place.kind == Place.Kind.CITY else getattr(place, "city", None)
    if city is not None and city.is_published():
        address["addressLocality"] = str(city)
    if address:
        data["address"] = {"@type": "PostalAddress", **address}
    return data


def _base(request, record, kind=None):
    data = {
        "@context": "https://schema.org",
        "@type": kind or _schema_type(record),
        "@id": uri(record),
        "name": getattr(record, record.slug_source),
        "url": _url(request, record),
        "inLanguage": get_language() or "en",
    }
    if record.summary:
        data["description"] = record.summary
    return data


def _image(request, photo):
    url = photo.rendition_url("large")
    return request.build_absolute_uri(url) if url else None


def _encoding(request, document):
    """The document's file as a MediaObject: the PDF (or text) in the language of the original."""
    data = {
        "@type": "MediaObject",
        "contentUrl": request.build_absolute_uri(document.download_url()),
        "encodingFormat": MEDIA_TYPES.get(document.file_extension, "application/octet-stream"),
    }
    if document.file_size is not None:
        data["contentSize"] = f"{document.file_size} B"
    if document.language:
        data["inLanguage"] = document.language
    return data


def for_record(record, request, context):
    """The JSON-LD object of a detail page; ``context`` holds the related records it shows."""
    if isinstance(record, Event):
        data = _base(request, record)
        data.update(_dates(record))
        if record.place is not None:
            data["location"] = _place(request, record.place)
        people = [_ref(request, p.person) for p in context.get("participations", [])]
        if people:
            data["performer"] = people
        organizers = [_ref(request, r.organization) for r in context.get("organization_roles", [])]
        if organizers:
            data["organizer"] = organizers
        programs = [_ref(request, p) for p in record.programs.all()]
        if programs:
            data["superEvent"] = programs
        images = [url for url in (_image(request, photo) for photo in context.get("photos", [])) if url]
        if images:
            data["image"] = images
        return data
    if isinstance(record, Person):
        data = _base(request, record)
        if record.alias_list():
            data["alternateName"] = record.alias_list()
        positions = context.get("positions", [])
        if positions:
            data["jobTitle"] = positions[0].title
        if record.photo is not None and record.photo.is_published() and record.photo.rendition_url("large"):
            data["image"] = request.build_absolute_uri(record.photo.rendition_url("large"))
        if _same_as(record):
            data["sameAs"] = _same_as(record)
        return data
    if isinstance(record, Organization):
        data = _base(request, record)
        if record.acronym:
            data["alternateName"] = record.acronym
        same_as = ([record.website] if record.website else []) + _same_as(record)
        if same_as:
            data["sameAs"] = same_as
        if record.country is not None and record.country.is_published():
            data["location"] = _place(request, record.country)
        return data
    if isinstance(record, Document):
        data = _base(request, record, DOCUMENT_TYPES.get(record.doc_type))
        if data["@type"] in ARTICLE_TYPES:
            data["headline"] = record.title[:110]
        data.update(_dates(record, "datePublished", None))
        data["license"] = record.rights
        if record.file:
            data["encoding"] = _encoding(request, record)
        authors = [_ref(request, p) for p in context.get("authors", [])]
        if authors:
            data["author"] = authors
        if record.publisher is not None and record.publisher.is_published():
            data["publisher"] = _ref(request, record.publisher)
        if record.doi:
            data["identifier"] = f"https://doi.org/{record.doi}"
        return data
    if isinstance(record, Program):
        data = _base(request, record)
        data.update(_dates(record))
        return data
    if isinstance(record, Place):
        data = {"@context": "https://schema.org", **_place(request, record)}
        if _same_as(record):
            data["sameAs"] = _same_as(record)
        if record.summary:
            data["description"] = record.summary
        return data
    if isinstance(record, Photo):
        data = _base(request, record)
        if record.rendition_url("large"):
            data["contentUrl"] = request.build_absolute_uri(record.rendition_url("large"))
        if record.caption:
            data["caption"] = record.caption
        if record.credit:
            data["creditText"] = record.credit
        data["license"] = record.rights
        data.update(_dates(record, "dateCreated", None))
        return data
    return _base(request, record)
