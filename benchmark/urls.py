"""The project's URLs plus a bare view rendering a static template, for ``manage.py benchmark``."""

from django.urls import path
from django.views.generic import TemplateView

from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    path("benchmark/static/", TemplateView.as_view(template_name="benchmark/static.html")),
    *project_urlpatterns,
]
