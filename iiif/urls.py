"""IIIF addresses, outside the language prefix: a manifest carries every language."""

from django.urls import path, re_path
from django.utils.module_loading import import_string

from archive.record_types import RECORD_TYPES

from . import views

app_name = "iiif"

urlpatterns = [
    # The manifests of the record types that have one: /iiif/photo/<slug>/manifest.json is "iiif:photo-manifest".
    *(
        path(
            f"{record_type.name}/<slug:slug>/manifest.json",
            import_string(record_type.iiif_manifest),
            name=f"{record_type.name}-manifest",
        )
        for record_type in RECORD_TYPES
        if record_type.iiif_manifest
    ),
    path("image/<int:pk>", views.image_base, name="image-base"),
    path("image/<int:pk>/info.json", views.image_info, name="image-info"),
    re_path(
        r"^image/(?P<pk>[0-9]+)/(?P<region>[^/]{1,64})/(?P<size>[^/]{1,64})/(?P<rotation>[^/]{1,16})/"
        r"(?P<quality>[^/]{1,32})$",
        views.image_file,
        name="image",
    ),
]
