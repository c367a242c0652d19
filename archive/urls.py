from django.urls import path

from . import views
from .search.views import SearchView

app_name = "archive"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", SearchView.as_view(), name="search"),
]
