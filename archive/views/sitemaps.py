"""The sitemap: every public record, in every language, with hreflang alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.links import SEGMENTS, list_url_name, record_url

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = LANGUAGE_CODES


class PagesSitemap(I18nSitemap):
    """The home page, the timeline and the lists."""

    changefreq = "daily"

    def items(self):
        return ["archive:home", "archive:timeline", *(list_url_name(model) for model in SEGMENTS)]

    def location(self, item):
        return reverse(item)


class RecordSitemap(I18nSitemap):
    changefreq = "weekly"

    def __init__(self, model):
        super().__init__()
        self.model = model

    def items(self):
        return self.model.objects.published().only("pk", "slug", "modified").order_by("pk")

    def location(self, item):
        return record_url(item)

    def lastmod(self, item):
        return item.modified


SITEMAPS = {"pages": PagesSitemap, **{segment: RecordSitemap(model) for model, segment in SEGMENTS.items()}}
