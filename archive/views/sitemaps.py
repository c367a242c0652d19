"""The sitemap: every public record, in every language, with hreflang alternates.

Django's i18n sitemaps build a list of every (record, language) pair and call
``reverse()`` six times per URL, which takes tens of seconds for 100k events.
Record sections here slice the queryset per sitemap page and build each address
from one reversed template per language.
"""

from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import translation

from archive import record_types

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
#: The record types the sitemap lists: the list of each, and every public record.
SITEMAP_TYPES = [record_type for record_type in record_types.RECORD_TYPES if record_type.in_sitemap]
SLUG_MARK = "sitemap-slug-mark"


class PagesSitemap(Sitemap):
    """The home page, the timeline and the lists."""

    i18n = True
    alternates = True
    x_default = True
    languages = LANGUAGE_CODES
    changefreq = "daily"

    def items(self):
        return ["archive:home", "archive:timeline", *(record_type.list_url_name for record_type in SITEMAP_TYPES)]

    def location(self, item):
        return reverse(item)


class RecordLanguagePairs:
    """The (record, language) pairs of a queryset, sliced lazily: a sitemap page loads only its records."""

    def __init__(self, queryset, languages):
        self.queryset = queryset
        self.languages = languages

    @cached_property
    def records(self):
        return self.queryset.count()

    def __len__(self):
        return self.records * len(self.languages)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("RecordLanguagePairs only supports slices")
        start, stop, _step = index.indices(len(self))
        per_record = len(self.languages)
        first = start // per_record
        records = self.queryset[first : (stop + per_record - 1) // per_record]
        pairs = [(record, lang) for record in records for lang in self.languages]
        offset = start - first * per_record
        return pairs[offset : offset + max(stop - start, 0)]


class RecordSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5_000

    def __init__(self, model):
        super().__init__()
        self.model = model

    def items(self):
        queryset = self.model.objects.published().only("pk", "slug", "modified").order_by("pk")
        return RecordLanguagePairs(queryset, LANGUAGE_CODES)

    def get_latest_lastmod(self):
        return self.model.objects.published().aggregate(latest=Max("modified"))["latest"]

    def path_templates(self):
        """``{lang: "/kk/events/<mark>/"}``: one ``reverse()`` per language, not per URL."""
        templates = {}
        for lang in LANGUAGE_CODES:
            with translation.override(lang):
                templates[lang] = reverse(record_types.of(self.model).detail_url_name, kwargs={"slug": SLUG_MARK})
        return templates

    def get_urls(self, page=1, site=None, protocol=None):
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        templates = self.path_templates()
        default = settings.LANGUAGE_CODE
        x_default = templates[default].replace(f"/{default}/", "/", 1)
        urls, latest = [], None
        for record, lang in self.paginator.page(page).object_list:
            alternates = [
                {"lang_code": code, "location": base + template.replace(SLUG_MARK, record.slug)}
                for code, template in templates.items()
            ]
            alternates.append({"lang_code": "x-default", "location": base + x_default.replace(SLUG_MARK, record.slug)})
            urls.append(
                {
                    "item": record,
                    "location": base + templates[lang].replace(SLUG_MARK, record.slug),
                    "lastmod": record.modified,
                    "changefreq": self.changefreq,
                    "priority": "",
                    "alternates": alternates,
                }
            )
            latest = max(latest, record.modified) if latest else record.modified
        self.latest_lastmod = latest
        return urls


SITEMAPS = {
    "pages": PagesSitemap,
    **{record_type.segment: RecordSitemap(record_type.model) for record_type in SITEMAP_TYPES},
}
