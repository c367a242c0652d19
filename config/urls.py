from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("editorial/", include("editorial.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("archive.urls")),
    prefix_default_language=True,
)
