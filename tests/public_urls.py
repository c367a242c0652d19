"""Every public URL of the project, in one place.

The never-leak, query-count and fuzz tests walk these lists, so a new public
page is covered by all of them once it is added here. ``{lang}`` is replaced by
a language code.
"""

from archive import record_types
from archive.links import record_url
from archive.views.sitemaps import SITEMAPS

#: The lists that take filter and facet parameters.
LIST_PAGES = [f"/{{lang}}/{record_type.segment}/" for record_type in record_types.RECORD_TYPES]

#: Pages in each language that are not lists or records.
LANGUAGE_PAGES = [
    "/{lang}/",
    "/{lang}/timeline/",
    "/{lang}/timeline/?decade=2020",
    "/{lang}/timeline/?year=2025",
    "/{lang}/feed/",
    "/{lang}/search/",
]

#: Search, asked for the words every hidden record in the leak test carries. The
#: page echoes the query, so these are checked for hidden titles, not the word.
SEARCH_PAGES = [
    "/{lang}/search/?q=Secret",
    "/{lang}/search/?q=secret&type=event&sort=newest",
    "/{lang}/search/?q=%22Secret+draft%22+or+Сикрет",
    "/{lang}/search/?q=Secrt+persn",
]

#: Pages outside the language prefix.
PLAIN_PAGES = [
    "/",
    "/robots.txt",
    "/healthz",
    "/sitemap.xml",
    *(f"/sitemap-{section}.xml" for section in SITEMAPS),
]


def pages(lang="en"):
    """Every public page that is not a record's own page."""
    return [url.format(lang=lang) for url in LANGUAGE_PAGES + LIST_PAGES] + PLAIN_PAGES


def record_urls(record, lang="en"):
    """The public pages belonging to one record: its page (first), citation downloads, persistent URI."""
    slug, segment = record.slug, record_types.of(record).segment
    return [
        record_url(record, lang),
        *(f"/{lang}/cite/{segment}/{slug}.{fmt}" for fmt in ("ris", "bib", "json")),
        f"/id/{record._meta.model_name}/{record.pk}",
    ]


def record_file_urls(record):
    """The stored files belonging to one record: photo renditions, a document's file."""
    from archive.models import Document, Photo

    if isinstance(record, Photo):
        return [rendition.url() for rendition in record.renditions.all()]
    if isinstance(record, Document) and record.file:
        return [record.download_url()]
    return []
