"""``{% place_map places %}``: a map of places with the same places listed in text beside it."""

from itertools import count

from django import template
from django.conf import settings

from archive.i18n import translated
from archive.links import record_url
from maps.render import Marker, build_map, format_coordinates

register = template.Library()


def as_marker(item):
    """A ``Marker`` from a marker or a ``Place``."""
    if isinstance(item, Marker):
        return item
    return Marker(
        label=translated(item, "name").text or str(item),
        url=record_url(item),
        latitude=item.latitude,
        longitude=item.longitude,
    )


@register.inclusion_tag("maps/map.html", takes_context=True)
def place_map(context, places, *, size="wide", caption="", list_open=True):
    """Draw ``places`` (records or ``Marker`` objects, or one record) and list them in text.

    Every place is listed, including any without coordinates, so the list is never
    poorer than the map. ``list_open=False`` folds the list in a ``<details>``.
    """
    if places is None or places == "":
        places = []
    elif not isinstance(places, list | tuple):
        places = list(places) if hasattr(places, "__iter__") else [places]
    markers = [as_marker(place) for place in places]
    server_url = getattr(settings, "MADENI_MAP_SERVER_URL", "")
    if server_url:
        for marker in markers:
            if marker.located:
                # Plain replacement, not str.format: other braces in the URL are left alone.
                marker.server_url = server_url.replace("{lat}", f"{float(marker.latitude):g}").replace(
                    "{lon}", f"{float(marker.longitude):g}"
                )
    counter = context.render_context.setdefault("maps_counter", count(1))
    return {
        "map": build_map(markers, size=size),
        "map_id": f"map-{next(counter)}",
        "caption": caption,
        "list_open": list_open,
    }


@register.simple_tag
def coordinates(place):
    """A place's latitude and longitude in words of the page language: "43.2389° N, 76.8897° E"."""
    if place.latitude is None or place.longitude is None:
        return ""
    return format_coordinates(place.latitude, place.longitude)
