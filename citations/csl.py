"""A record as CSL-JSON, the item format citation processors (citeproc-py, Zotero) read.

Everything else in this app starts here: the RIS and BibTeX writers and the "Cite this" box.
Only public records appear: a document's unpublished authors or publisher are left out.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from archive import dates, record_types
from archive.identifiers import absolute
from archive.links import record_url
from archive.models import Document

#: CSL item types of documents (CSL 1.0.2 vocabulary).
DOCUMENT_TYPES = {
    Document.Type.ARTICLE: "article",
    Document.Type.PRESS_RELEASE: "article",
    Document.Type.REPORT: "report",
    Document.Type.POLICY: "report",
    Document.Type.SPEECH: "speech",
    Document.Type.LAW: "legislation",
    Document.Type.AGREEMENT: "treaty",
    Document.Type.NOMINATION: "document",
    Document.Type.OTHER: "document",
}


def csl_type(record):
    """Its record type's ``csl_type`` (a page of this archive by default); a document's by its kind."""
    if isinstance(record, Document):
        return DOCUMENT_TYPES.get(record.doc_type, record_types.of(record).csl_type)
    return record_types.of(record).csl_type


def csl_date(edtf):
    """A CSL date at the precision of the EDTF string: ``{"date-parts": [[2025, 9]]}``; None if undated."""
    value = dates.precise(edtf)
    if value is None or not (value.start or value.end):
        return None
    ends = [value.start or value.end]
    if value.end and value.end != ends[0]:
        ends.append(value.end)
    data = {"date-parts": [[int(part) for part in end.split("-")] for end in ends]}
    if value.qualified:
        data["circa"] = True
    return data


def csl_name(person):
    """A person as a CSL name: family and given from the sort name ("Balayeva, Aida"), else literal."""
    family, comma, given = (person.sort_name or "").partition(",")
    if comma and family.strip() and given.strip() and person.name == (person.name_en or person.name):
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": str(person)}


def site_name():
    return _("Madeni: archive of Kazakhstan's cultural diplomacy")


def item(record, request, *, authors=None):
    """The CSL-JSON item of a public record, in the active language.

    ``authors`` (a document's published authors, in order) saves a query when the caller has them.
    """
    data = {
        "id": f"{record._meta.model_name}-{record.pk}",
        "type": csl_type(record),
        "title": str(record),
        "URL": absolute(request, record_url(record)),
    }
    issued = csl_date(getattr(record, "date", ""))
    if issued:
        data["issued"] = issued
    if record.summary:
        data["abstract"] = record.summary
    if isinstance(record, Document):
        if authors is None:
            authors = list(record.authors.published())
        if authors:
            data["author"] = [csl_name(person) for person in authors]
        if record.publisher is not None and record.publisher.is_published():
            data["publisher"] = str(record.publisher)
        if record.language:
            data["language"] = record.language
        if record.doi:
            data["DOI"] = record.doi
        if record.page_count:
            data["number-of-pages"] = str(record.page_count)
        data["archive"] = site_name()
    else:
        data["container-title"] = site_name()
        data["language"] = get_language() or "en"
    return data
