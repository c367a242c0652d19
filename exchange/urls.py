"""Export addresses beside each public list and search: ``/<lang>/events/export.csv?…``."""

from django.urls import path

from archive.views import browse

from . import export

app_name = "exchange"

LIST_VIEWS = {
    "events": browse.EventListView,
    "people": browse.PersonListView,
    "programs": browse.ProgramListView,
    "documents": browse.DocumentListView,
    "organizations": browse.OrganizationListView,
    "places": browse.PlaceListView,
    "photos": browse.PhotoListView,
}

urlpatterns = [
    path(
        f"{segment}/export.{fmt}",
        export.list_export,
        {"view_class": view_class, "fmt": fmt},
        name=f"{segment}-{fmt}",
    )
    for segment, view_class in LIST_VIEWS.items()
    for fmt in export.FORMATS
] + [path(f"search/export.{fmt}", export.search_export, {"fmt": fmt}, name=f"search-{fmt}") for fmt in export.FORMATS]
