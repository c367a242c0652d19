"""The map geometry: TopoJSON decoding, the projection, the window a map shows."""

import math
import re

import pytest

from maps import geometry
from maps.render import Marker, build_map, format_coordinates, window, x_scale_for


def test_a_point_is_projected_to_degrees_with_north_up():
    assert geometry.project(43.25, 76.95) == (76.95, -43.25)
    assert geometry.project(-33.45, -70.66) == (-70.66, 33.45)


def test_arcs_are_decoded_from_quantised_deltas():
    topology = {"transform": {"scale": [0.5, 0.25], "translate": [-10, 20]}, "arcs": [[[0, 0], [2, 4], [2, -4]]]}
    assert geometry.decode_arcs(topology) == [[(-10.0, 20.0), (-9.0, 21.0), (-8.0, 20.0)]]


def test_a_ring_joins_its_arcs_reversing_those_with_a_negative_index():
    arcs = [[(0, 0), (1, 0)], [(1, 1), (1, 0)]]
    # ~1 is arc 1 reversed: (1, 0) → (1, 1); the shared point (1, 0) is kept once.
    assert geometry.ring_points([0, ~1], arcs) == [(0, 0), (1, 0), (1, 1)]


def test_a_ring_across_the_antimeridian_runs_on_past_180_degrees():
    ring = [(179.0, 65.0), (-179.0, 66.0), (-178.0, 64.0), (179.0, 65.0)]
    assert geometry.unwrap(ring) == [(179.0, 65.0), (181.0, 66.0), (182.0, 64.0), (179.0, 65.0)]


def test_the_natural_earth_countries_are_loaded_without_antarctica():
    countries = {country.name: country for country in geometry.countries()}
    assert len(countries) > 170
    assert "Antarctica" not in countries
    west, north, east, south = countries["Kazakhstan"].bounds
    assert 46 < west < 47.5 and 87 < east < 88
    assert -56 < north < -55 and -41 < south < -40
    assert countries["Kazakhstan"].path.startswith("M")


def test_no_country_outline_draws_a_line_across_the_whole_map():
    for country in geometry.countries():
        steps = re.findall(r"l(-?[\d.]+) (-?[\d.]+)", country.path)
        assert steps, country.name
        assert max(abs(float(dx)) for dx, _dy in steps) < 180, country.name


def test_the_projected_countries_are_computed_once():
    assert geometry.countries() is geometry.countries()


@pytest.mark.parametrize("size, aspect", [("small", 4 / 3), ("wide", 2.0)])
def test_the_window_holds_every_point_with_a_margin_at_the_map_aspect(size, aspect):
    points = [(2.35, -48.85), (76.95, -43.25), (71.45, -51.17)]
    min_x, min_y, width, height = window(points, size)
    assert width / height == pytest.approx(aspect)
    for x, y in points:
        assert min_x < x < min_x + width
        assert min_y < y < min_y + height
    assert min_x < 2.35 - 1 and min_x + width > 76.95 + 1


def test_one_point_is_shown_with_its_surroundings_centred():
    min_x, min_y, width, height = window([(76.95, -43.25)], "small")
    assert width >= 14
    assert min_x + width / 2 == pytest.approx(76.95)
    assert min_y + height / 2 == pytest.approx(-43.25)


def test_a_map_without_points_shows_the_world():
    min_x, _min_y, width, _height = window([], "wide")
    assert (min_x, width) == (-180.0, 360.0)


def test_the_horizontal_scale_follows_the_middle_latitude():
    assert x_scale_for([43.0, 53.0]) == pytest.approx(math.cos(math.radians(48)))
    assert x_scale_for([]) == 1.0
    assert x_scale_for([80.0]) == 0.5


def test_a_map_draws_only_located_markers_and_the_countries_around_them():
    almaty = Marker("Almaty", "/en/places/almaty/", 43.25, 76.95)
    nowhere = Marker("Somewhere", "/en/places/somewhere/")
    drawn = build_map([almaty, nowhere], size="small")
    assert drawn.markers == [almaty, nowhere]
    assert drawn.drawn == [almaty]
    names = {country.name for country in drawn.countries}
    assert {"Kazakhstan", "Kyrgyzstan", "China"} <= names
    assert "France" not in names and "Brazil" not in names
    assert almaty.x == pytest.approx(76.95 * drawn.x_scale)
    assert almaty.y == pytest.approx(-43.25)


def test_markers_that_stand_for_more_records_are_bigger():
    big = Marker("Astana", "/a", 51.17, 71.45, count=9)
    small = Marker("Almaty", "/b", 43.25, 76.95, count=1)
    build_map([small, big])
    assert big.radius > small.radius > 0


def test_coordinates_are_written_with_hemispheres():
    assert format_coordinates(43.238, 76.945) == "43.2380° N, 76.9450° E"
    assert format_coordinates(-33.4489, -70.6693) == "33.4489° S, 70.6693° W"
