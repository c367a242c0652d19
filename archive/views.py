from django.shortcuts import render

from .models import Event, Program


def home(request):
    """Placeholder home page; the public archive issue replaces it."""
    context = {
        "latest_events": Event.objects.published().select_related("place")[:10],
        "featured_programs": Program.objects.published().filter(featured=True)[:6],
    }
    return render(request, "archive/home.html", context)
