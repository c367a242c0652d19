"""The "Cite this" box and the Highwire ``citation_*`` meta tags Zotero and Google Scholar read."""

from django import template
from django.urls import reverse
from django.utils.translation import get_language

from archive import record_types
from archive.external_ids import external_links as archive_external_links
from archive.identifiers import absolute
from archive.links import record_url
from archive.models import Document
from citations import csl, exports, styles

register = template.Library()

#: Download links, in the order the box lists them: (format, label).
DOWNLOADS = (("ris", "RIS"), ("bib", "BibTeX"), ("json", "CSL-JSON"))


def _item(context, record):
    """The record's CSL-JSON, built once per page (the box and the meta tags share it)."""
    cache = context.render_context.setdefault("citations_items", {})
    key = (type(record), record.pk)
    if key not in cache:
        authors = context.get("authors") if isinstance(record, Document) else None
        cache[key] = csl.item(record, context["request"], authors=authors)
    return cache[key]


@register.inclusion_tag("includes/cite.html", takes_context=True)
def cite_box(context, record):
    language = get_language() or "en"
    segment = record_types.of(record).segment
    return {
        "references": styles.references(_item(context, record), language),
        "downloads": [
            {
                "label": label,
                "url": reverse("citations:cite", kwargs={"segment": segment, "slug": record.slug, "fmt": fmt}),
                "type": exports.FORMATS[fmt][1],
            }
            for fmt, label in DOWNLOADS
        ],
    }


@register.simple_tag(takes_context=True)
def highwire_tags(context, record):
    """``[(name, content)]`` of a document's Highwire Press tags, each author its own tag."""
    request = context["request"]
    item = _item(context, record)
    tags = [("citation_title", item["title"])]
    tags += [("citation_author", exports._name(name)) for name in item.get("author", [])]
    parts = exports._date_parts(item)
    if parts:
        # Highwire dates are YYYY/MM/DD or YYYY: no more precise than the record knows.
        tags.append(("citation_publication_date", "/".join(f"{part:02d}" for part in parts)))
        tags.append(("citation_date", "/".join(f"{part:02d}" for part in parts)))
    if item.get("publisher"):
        tags.append(("citation_publisher", item["publisher"]))
    if item.get("language"):
        tags.append(("citation_language", item["language"]))
    if item.get("DOI"):
        tags.append(("citation_doi", item["DOI"]))
    if record.page_count:
        tags.append(("citation_num_pages", str(record.page_count)))
    if record.file and record.file_extension == "pdf":
        tags.append(("citation_pdf_url", absolute(request, record.download_url())))
    tags.append(("citation_abstract_html_url", absolute(request, record_url(record))))
    return tags


@register.simple_tag
def external_links(record):
    """``[(label, url, value)]``: the record's Wikidata, VIAF, ORCID and GeoNames pages."""
    return archive_external_links(record)
