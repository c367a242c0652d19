"""schema.org descriptions of records, as JSON-LD for the detail pages."""

from archive import dates
from archive.links import record_url
from archive.models import Document, Event, Organization, Person, Photo, Place, Program

DOCUMENT_TYPES = {
    Document.Type.ARTICLE: "Article",
    Document.Type.PRESS_RELEASE: "Article",
    Document.Type.REPORT: "Report",
    Document.Type.POLICY: "Report",
    Document.Type.SPEECH: "CreativeWork",
}
PLACE_TYPES = {Place.Kind.COUNTRY: "Country", Place.Kind.CITY: "City"}


def _url(request, record):
    return request.build_absolute_uri(record_url(record))


def _ref(request, record, kind):
    return {"@type": kind, "name": str(record), "url": _url(request, record)}


def _dates(record, start="startDate", end="endDate"):
    data = {}
    if record.date_lower and record.date_lower != dates.EARLIEST:
        data[start] = record.date_lower.isoformat()
    if end and record.date_upper and record.date_upper != dates.LATEST:
        data[end] = record.date_upper.isoformat()
    return data


def _place(request, place):
    data = {"@type": PLACE_TYPES.get(place.kind, "Place"), "name": str(place), "url": _url(request, place)}
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    country = place if place.kind == Place.Kind.COUNTRY else getattr(place, "country", None)
    if country is not None and country.country_code:
        data["address"] = {"@type": "PostalAddress", "addressCountry": country.country_code}
    return data


def _base(request, record, kind, name):
    data = {"@context": "https://schema.org", "@type": kind, "name": name, "url": _url(request, record)}
    if record.summary:
        data["description"] = record.summary
    return data


def for_record(record, request, context):
    """The JSON-LD object of a detail page; ``context`` holds the related records it shows."""
    if isinstance(record, Event):
        data = _base(request, record, "Event", record.title)
        data.update(_dates(record))
        if record.place is not None:
            data["location"] = _place(request, record.place)
        people = [_ref(request, p.person, "Person") for p in context.get("participations", [])]
        if people:
            data["performer"] = people
        organizers = [_ref(request, r.organization, "Organization") for r in context.get("organization_roles", [])]
        if organizers:
            data["organizer"] = organizers
        programs = [_ref(request, p, "EventSeries") for p in record.programs.all()]
        if programs:
            data["superEvent"] = programs
        return data
    if isinstance(record, Person):
        data = _base(request, record, "Person", record.name)
        if record.alias_list():
            data["alternateName"] = record.alias_list()
        positions = context.get("positions", [])
        if positions:
            data["jobTitle"] = positions[0].title
        if record.photo is not None and record.photo.rendition_url("large"):
            data["image"] = request.build_absolute_uri(record.photo.rendition_url("large"))
        return data
    if isinstance(record, Organization):
        data = _base(request, record, "Organization", record.name)
        if record.acronym:
            data["alternateName"] = record.acronym
        if record.website:
            data["sameAs"] = record.website
        if record.country is not None:
            data["location"] = _place(request, record.country)
        return data
    if isinstance(record, Document):
        data = _base(request, record, DOCUMENT_TYPES.get(record.doc_type, "CreativeWork"), record.title)
        if data["@type"] == "Article":
            data["headline"] = record.title[:110]
        data.update(_dates(record, "datePublished", None))
        if record.language:
            data["inLanguage"] = record.language
        authors = [_ref(request, p, "Person") for p in context.get("authors", [])]
        if authors:
            data["author"] = authors
        if record.publisher is not None:
            data["publisher"] = _ref(request, record.publisher, "Organization")
        if record.doi:
            data["identifier"] = f"https://doi.org/{record.doi}"
        return data
    if isinstance(record, Program):
        data = _base(request, record, "EventSeries", record.title)
        data.update(_dates(record))
        return data
    if isinstance(record, Place):
        data = _place(request, record)
        data["@context"] = "https://schema.org"
        if record.summary:
            data["description"] = record.summary
        return data
    if isinstance(record, Photo):
        data = _base(request, record, "ImageObject", record.title)
        if record.rendition_url("large"):
            data["contentUrl"] = request.build_absolute_uri(record.rendition_url("large"))
        if record.caption:
            data["caption"] = record.caption
        if record.credit:
            data["creditText"] = record.credit
        data["license"] = record.rights
        data.update(_dates(record, "dateCreated", None))
        return data
    return _base(request, record, "Thing", str(record))
