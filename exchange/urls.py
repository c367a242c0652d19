"""Export addresses beside each public list and search: ``/<lang>/events/export.csv?…``."""

from django.urls import path

from archive.record_types import RECORD_TYPES

from . import export

app_name = "exchange"

urlpatterns = [
    path(
        f"{record_type.segment}/export.{fmt}",
        export.list_export,
        {"record_type": record_type, "fmt": fmt},
        name=f"{record_type.segment}-{fmt}",
    )
    for record_type in RECORD_TYPES
    for fmt in export.FORMATS
] + [path(f"search/export.{fmt}", export.search_export, {"fmt": fmt}, name=f"search-{fmt}") for fmt in export.FORMATS]
