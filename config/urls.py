from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # Stored files, served only after a visibility check; MEDIA_ROOT itself has no URL.
    path("files/", include("archive.file_urls")),
    path("editorial/", include("editorial.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("archive.urls")),
    prefix_default_language=True,
)
