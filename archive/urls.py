from django.urls import path

from ops.conditional import on_public_changes

from .search.views import SearchView
from .views import browse, detail, feeds, pages, timeline

app_name = "archive"

urlpatterns = [
    path("", pages.HomeView.as_view(), name="home"),
    path("timeline/", timeline.TimelineView.as_view(), name="timeline"),
    path("feed/", on_public_changes(feeds.LatestRecordsFeed()), name="feed"),
    path("events/", browse.EventListView.as_view(), name="events"),
    path("events/<slug:slug>/", detail.EventDetailView.as_view(), name="event"),
    path("people/", browse.PersonListView.as_view(), name="people"),
    path("people/<slug:slug>/", detail.PersonDetailView.as_view(), name="person"),
    path("programs/", browse.ProgramListView.as_view(), name="programs"),
    path("programs/<slug:slug>/", detail.ProgramDetailView.as_view(), name="program"),
    path("documents/", browse.DocumentListView.as_view(), name="documents"),
    path("documents/<slug:slug>/", detail.DocumentDetailView.as_view(), name="document"),
    path("organizations/", browse.OrganizationListView.as_view(), name="organizations"),
    path("organizations/<slug:slug>/", detail.OrganizationDetailView.as_view(), name="organization"),
    path("places/", browse.PlaceListView.as_view(), name="places"),
    path("places/<slug:slug>/", detail.PlaceDetailView.as_view(), name="place"),
    path("photos/", browse.PhotoListView.as_view(), name="photos"),
    path("photos/<slug:slug>/", detail.PhotoDetailView.as_view(), name="photo"),
    path("search/", SearchView.as_view(), name="search"),
]
