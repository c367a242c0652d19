from django.urls import path

from . import views

app_name = "maps"

urlpatterns = [
    path("map/", views.EventMapView.as_view(), name="events"),
]
