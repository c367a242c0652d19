from django.urls import path

from ops.conditional import on_public_changes

from .record_types import RECORD_TYPES
from .search.views import SearchView
from .views import feeds, pages, timeline

app_name = "archive"

urlpatterns = [
    path("", pages.HomeView.as_view(), name="home"),
    path("timeline/", timeline.TimelineView.as_view(), name="timeline"),
    path("feed/", on_public_changes(feeds.LatestRecordsFeed()), name="feed"),
    path("search/", SearchView.as_view(), name="search"),
]

# Each record type's list and detail: /events/ is "archive:events", /events/<slug>/ is "archive:event".
for record_type in RECORD_TYPES:
    urlpatterns += [
        path(
            f"{record_type.segment}/",
            record_type.list_view_class.as_view(record_type=record_type),
            name=record_type.segment,
        ),
        path(
            f"{record_type.segment}/<slug:slug>/",
            record_type.detail_view_class.as_view(record_type=record_type),
            name=record_type.name,
        ),
    ]
