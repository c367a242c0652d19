"""The home page and the small plain pages (root redirect, robots.txt, healthz)."""

from django.db import DatabaseError, connection
from django.db.models import F
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from archive.listing import recently_published
from archive.models import Document, Event, Program
from archive.record_types import RECORD_TYPES


@require_safe
def root_redirect(request):
    """``/`` → ``/<lang>/``, the language from the cookie or the browser's Accept-Language."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = redirect(reverse("archive:home"))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


class HomeView(TemplateView):
    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        newest = [F("date_lower").desc(nulls_last=True), "-pk"]
        context.update(
            {
                "latest_events": list(recently_published(Event.objects.published()).with_listing_relations()[:6]),
                "latest_documents": list(recently_published(Document.objects.published()).with_listing_relations()[:4]),
                "featured_programs": list(Program.objects.published().filter(featured=True).order_by(*newest)[:6]),
                "sections": [
                    {
                        "url": reverse(record_type.list_url_name),
                        "label": record_type.model._meta.verbose_name_plural,
                        "count": record_type.model.objects.published().count(),
                        "segment": record_type.segment,
                    }
                    for record_type in RECORD_TYPES
                ],
            }
        )
        return context
