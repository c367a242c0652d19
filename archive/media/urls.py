"""Addresses of stored files, outside the language prefix (a file is the same in every language)."""

from django.urls import path, re_path

from . import views

app_name = "files"

urlpatterns = [
    re_path(
        r"^photos/(?P<pk>[0-9]+)/(?P<spec>thumb|medium|large|original)\.(?P<ext>[a-z0-9]{1,5})$",
        views.photo_file,
        name="photo",
    ),
    path("documents/<int:pk>/<slug:slug>.<slug:ext>", views.document_file, name="document"),
]
