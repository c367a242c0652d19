from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from archive.views import pages
from archive.views.sitemaps import SITEMAPS
from exchange import admin_views as exchange_admin
from ops import views as ops_views
from ops.conditional import on_public_changes

urlpatterns = [
    path("", pages.root_redirect, name="root"),
    path("robots.txt", pages.robots_txt, name="robots"),
    path("healthz", pages.healthz, name="healthz"),
    path("readyz", ops_views.readyz, name="readyz"),
    path(
        "sitemap.xml",
        on_public_changes(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        on_public_changes(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    # Bulk import of records (exchange/admin_views.py), inside the admin's login and permissions.
    path("admin/import/", admin.site.admin_view(exchange_admin.import_view), name="exchange-admin-import"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # Stored files, served only after a visibility check; MEDIA_ROOT itself has no URL.
    path("files/", include("archive.media.urls")),
    path("editorial/", include("editorial.urls")),
    # OAI-PMH for harvesters: machine-facing, one address whatever the language.
    path("oai/", include("oai.urls")),
    # IIIF manifests and images for viewers on any site: one address whatever the language.
    path("iiif/", include("iiif.urls")),
    # The read-only JSON API, one address whatever the language (api/).
    path("api/v1/", include("api.urls")),
    # Persistent record URIs (JSON-LD @id, Atom ids): redirect to the page in the visitor's language.
    path("id/", include("citations.id_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("archive.urls")),
    path("", include("maps.urls")),
    # CSV and JSON exports of every list and of search (exchange/export.py).
    path("", include("exchange.urls")),
    path("", include("citations.urls")),
    prefix_default_language=True,
)
