"""IIIF addresses, outside the language prefix: a manifest carries every language."""

from django.urls import path, re_path

from . import views

app_name = "iiif"

urlpatterns = [
    path("photo/<slug:slug>/manifest.json", views.photo_manifest, name="photo-manifest"),
    path("event/<slug:slug>/manifest.json", views.event_manifest, name="event-manifest"),
    path("image/<int:pk>", views.image_base, name="image-base"),
    path("image/<int:pk>/info.json", views.image_info, name="image-info"),
    re_path(
        r"^image/(?P<pk>[0-9]+)/(?P<region>[^/]{1,64})/(?P<size>[^/]{1,64})/(?P<rotation>[^/]{1,16})/"
        r"(?P<quality>[^/]{1,32})$",
        views.image_file,
        name="image",
    ),
]
