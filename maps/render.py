"""A map as data for the template: the visible window, the countries in it, the markers.

Everything is computed on the server and drawn as inline SVG by
``templates/maps/map.html``: no script, no tiles, no request to anyone else.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import geometry

#: Width over height of the drawn map.
ASPECT = {"small": 4 / 3, "wide": 2.0}
#: The narrowest window, in degrees of longitude, so one place still shows its surroundings.
MIN_SPAN = {"small": 14.0, "wide": 30.0}
#: Space around the outermost markers, as a share of their spread.
MARGIN = 0.15
#: The world as a map shows it when it has no marker: 180°W–180°E, 84°N–58°S.
WORLD = (-180.0, -84.0, 180.0, 58.0)


@dataclass
class Marker:
    """One place on a map: its name, where it links, and optionally how many records it stands for."""

    label: str
    url: str
    latitude: object = None
    longitude: object = None
    count: int | None = None
    count_label: str = ""
    #: A link to the same point on an outside map server (``MADENI_MAP_SERVER_URL``), if one is set.
    server_url: str = ""
    #: Filled in by ``build_map``: the marker's position in the map's units.
    x: float = 0.0
    y: float = 0.0
    radius: float = 0.0

    @property
    def located(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def coordinates(self):
        return format_coordinates(self.latitude, self.longitude) if self.located else ""

    @property
    def title(self):
        return f"{self.label} ({self.count_label})" if self.count_label else self.label


@dataclass
class Map:
    view_box: str
    x_scale: float
    countries: list
    #: Every marker, in the order given: the map's list in text.
    markers: list = field(default_factory=list)
    #: The markers with coordinates, in drawing order.
    drawn: list = field(default_factory=list)
    size: str = "wide"


def window(points, size):
    """The (min_x, min_y, width, height) that shows ``points`` with a margin, at the map's aspect ratio."""
    aspect, min_span = ASPECT[size], MIN_SPAN[size]
    if not points:
        west, north, east, south = WORLD
        return west, north, east - west, south - north
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    width = max(max(xs) - min(xs), min_span)
    height = max(max(ys) - min(ys), min_span / aspect)
    width, height = width * (1 + 2 * MARGIN), height * (1 + 2 * MARGIN)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return centre_x - width / 2, centre_y - height / 2, width, height


def overlaps(bounds, box):
    """Whether two (min_x, min_y, max_x, max_y) boxes share any point."""
    return bounds[0] <= box[2] and bounds[2] >= box[0] and bounds[1] <= box[3] and bounds[3] >= box[1]


def x_scale_for(latitudes):
    """Horizontal scale of the map: the cosine of its middle latitude, never below one half."""
    if not latitudes:
        return 1.0
    middle = (max(latitudes) + min(latitudes)) / 2
    return max(0.5, math.cos(math.radians(middle)))


def build_map(markers, *, size="wide"):
    """The ``Map`` that shows every located marker; markers without coordinates go to ``unlocated``."""
    located = [marker for marker in markers if marker.located]
    latitudes = [float(marker.latitude) for marker in located]
    scale = x_scale_for(latitudes) if located else 1.0
    for marker in located:
        x, y = geometry.project(marker.latitude, marker.longitude)
        marker.x, marker.y = round(x * scale, 4), round(y, 4)
    min_x, min_y, width, height = window([(m.x, m.y) for m in located], size)
    radius = width / (55 if size == "small" else 110)
    most = max((marker.count or 0 for marker in located), default=0)
    for marker in located:
        # A marker that stands for records grows with their number, by area.
        share = math.sqrt(marker.count / most) if most and marker.count else 0
        marker.radius = round(radius * (0.8 + 0.9 * share), 4)
    # Countries are drawn in unscaled units inside a group scaled by ``scale``.
    west, east = min_x / scale, (min_x + width) / scale
    north, south = min_y, min_y + height
    shown = [country for country in geometry.countries() if overlaps(country.bounds, (west, north, east, south))]
    return Map(
        view_box=f"{min_x:.4f} {min_y:.4f} {width:.4f} {height:.4f}",
        x_scale=round(scale, 6),
        countries=shown,
        markers=list(markers),
        # Larger counts first, so smaller markers are drawn on top and stay clickable.
        drawn=sorted(located, key=lambda m: -(m.count or 0)),
        size=size,
    )


def format_coordinates(latitude, longitude):
    """ "43.2389° N, 76.8897° E" in the page language."""
    latitude, longitude = float(latitude), float(longitude)
    lat_text = (_("%(degrees)s° N") if latitude >= 0 else _("%(degrees)s° S")) % {"degrees": f"{abs(latitude):.4f}"}
    lon_text = (_("%(degrees)s° E") if longitude >= 0 else _("%(degrees)s° W")) % {"degrees": f"{abs(longitude):.4f}"}
    return f"{lat_text}, {lon_text}"
