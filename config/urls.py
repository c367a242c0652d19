from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from archive.views import pages
from archive.views.sitemaps import SITEMAPS
from ops import views as ops_views

urlpatterns = [
    path("", pages.root_redirect, name="root"),
    path("robots.txt", pages.robots_txt, name="robots"),
    path("healthz", pages.healthz, name="healthz"),
    path("readyz", ops_views.readyz, name="readyz"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # Stored files, served only after a visibility check; MEDIA_ROOT itself has no URL.
    path("files/", include("archive.file_urls")),
    path("editorial/", include("editorial.urls")),
    # OAI-PMH for harvesters: machine-facing, one address whatever the language.
    path("oai/", include("oai.urls")),
    # Persistent record URIs (JSON-LD @id, Atom ids): redirect to the page in the visitor's language.
    path("id/", include("citations.id_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("archive.urls")),
    path("", include("citations.urls")),
    prefix_default_language=True,
)
