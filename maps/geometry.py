"""Country outlines from Natural Earth, projected once and kept in memory.

The data is ``countries-110m.json`` from the ``world-atlas`` package (TopoJSON,
see ``maps/data/README.md``). It is decoded here without a library: TopoJSON
stores quantised, delta-encoded arcs that polygons share, and a ring is the
concatenation of its arcs (a negative index ``~i`` means arc ``i`` reversed).

The projection is equirectangular in degrees (x = longitude, y = −latitude),
so a map crops the world by its SVG ``viewBox`` alone and the same path strings
serve every map; ``maps.render`` narrows the horizontal scale by the cosine of
the map's middle latitude, which keeps shapes near their true proportions in
the latitudes a regional map shows.
"""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "countries-110m.json"

#: Antarctica fills the bottom of a world map with nothing the archive places there.
LEFT_OUT = {"010"}


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    #: SVG path data in projected units (degrees, y pointing down).
    path: str
    #: (min_x, min_y, max_x, max_y) in the same units.
    bounds: tuple


def project(latitude, longitude):
    """A point in map units: equirectangular, degrees, y pointing down."""
    return float(longitude), -float(latitude)


def decode_arcs(topology):
    """Every arc as absolute (longitude, latitude) points."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """The points of one ring: its arcs joined, each shared end point kept once."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(ring):
    """A ring that crosses the antimeridian made continuous: longitudes run on past ±180°.

    Natural Earth's Russia and Fiji cross it; drawn as they are, their rings would cut
    straight across the map.
    """
    points, shift = [], 0.0
    for x, y in ring:
        if points and x + shift - points[-1][0] > 180:
            shift -= 360
        elif points and x + shift - points[-1][0] < -180:
            shift += 360
        points.append((x + shift, y))
    return points


def _polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def _path(rings):
    """Compact SVG path data: one absolute move per ring, then relative lines at 0.01°."""
    parts = []
    for ring in rings:
        previous = None
        for x, y in ring:
            point = (round(x * 100), round(-y * 100))
            if previous is None:
                parts.append(f"M{point[0] / 100:g} {point[1] / 100:g}")
            elif point != previous:
                parts.append(f"l{(point[0] - previous[0]) / 100:g} {(point[1] - previous[1]) / 100:g}")
            previous = point
        parts.append("z")
    return "".join(parts)


@lru_cache(maxsize=1)
def countries():
    """Every country outline, projected, in the order of the source file."""
    topology = json.loads(DATA.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    result = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        identifier = str(geometry.get("id", ""))
        if identifier in LEFT_OUT:
            continue
        rings = [unwrap(ring_points(ring, arcs)) for polygon in _polygons(geometry) for ring in polygon]
        rings = [ring for ring in rings if len(ring) > 2]
        if not rings:
            continue
        xs = [x for ring in rings for x, _y in ring]
        ys = [-y for ring in rings for _x, y in ring]
        result.append(
            Country(
                id=identifier,
                name=geometry.get("properties", {}).get("name", ""),
                path=_path(rings),
                bounds=(min(xs), min(ys), max(xs), max(ys)),
            )
        )
    return tuple(result)
