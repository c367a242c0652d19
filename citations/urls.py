"""Citation downloads, inside the language prefix: titles are cited in the page's language."""

from django.urls import path

from . import views

app_name = "citations"

urlpatterns = [
    path("cite/<slug:segment>/<slug:slug>.<slug:fmt>", views.cite, name="cite"),
]
