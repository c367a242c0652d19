"""Persistent record URIs: one address whatever the language (see archive.identifiers)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<slug:type_name>/<int:pk>", views.resolve, name="record-id"),
]
