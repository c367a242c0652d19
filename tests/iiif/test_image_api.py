"""The Image API 3 service at level 0: info.json from the renditions, those sizes and nothing else."""

import io

import pytest
from PIL import Image

from tests.factories import hidden_states
from tests.iiif.conftest import get

pytestmark = pytest.mark.django_db

IMAGE_INFO = 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"'


def test_info_lists_the_sizes_of_the_whole_picture_renditions(client, photo_with_image):
    photo = photo_with_image(rights="http://rightsstatements.org/vocab/InC/1.0/")

    response = get(client, f"/iiif/image/{photo.pk}/info.json")
    info = response.json()

    assert response["Content-Type"] == IMAGE_INFO
    assert response["Access-Control-Allow-Origin"] == "*"
    assert info["id"] == f"http://testserver/iiif/image/{photo.pk}"
    assert (info["type"], info["profile"], info["protocol"]) == ("ImageService3", "level0", "http://iiif.io/api/image")
    assert (info["width"], info["height"]) == (2000, 1200)
    assert info["sizes"] == [{"width": 800, "height": 480}, {"width": 1600, "height": 960}]
    assert (info["maxWidth"], info["maxHeight"]) == (1600, 960)
    assert info["rights"] == "http://rightsstatements.org/vocab/InC/1.0/"


def test_service_address_leads_to_its_information(client, photo_with_image):
    photo = photo_with_image()

    response = get(client, f"/iiif/image/{photo.pk}")

    assert response.status_code == 303
    assert response["Location"] == f"/iiif/image/{photo.pk}/info.json"


@pytest.mark.parametrize(
    ("size", "expected"), [("800,", (800, 480)), ("800,480", (800, 480)), (",960", (1600, 960)), ("max", (1600, 960))]
)
def test_listed_size_serves_that_rendition_as_jpeg(client, photo_with_image, size, expected):
    photo = photo_with_image()

    response = get(client, f"/iiif/image/{photo.pk}/full/{size}/0/default.jpg")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Access-Control-Allow-Origin"] == "*"
    with Image.open(io.BytesIO(response.body)) as served:
        assert (served.format, served.size) == ("JPEG", expected)


@pytest.mark.parametrize(
    "path",
    [
        "full/801,/0/default.jpg",  # a size no rendition has
        "full/2000,/0/default.jpg",  # the original's: never public
        "full/320,320/0/default.jpg",  # the square thumbnail is a crop, not the full image
        "full/^max/0/default.jpg",
        "full/pct:50/0/default.jpg",
        "full/,/0/default.jpg",
        "full/99999999999999999999,/0/default.jpg",
        "square/max/0/default.jpg",
        "0,0,10,10/max/0/default.jpg",
        "full/max/90/default.jpg",
        "full/max/0/gray.jpg",
        "full/max/0/default.png",
        "full/max/0/default.webp",
    ],
)
def test_anything_level_0_does_not_offer_is_a_bad_request(client, photo_with_image, path):
    photo = photo_with_image()

    response = get(client, f"/iiif/image/{photo.pk}/{path}")

    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("state", list(hidden_states()))
def test_hidden_photo_is_not_reachable_through_iiif(client, photo_with_image, state):
    photo = photo_with_image(**hidden_states()[state])

    for path in ("info.json", "full/max/0/default.jpg", "full/800,/0/default.jpg"):
        assert get(client, f"/iiif/image/{photo.pk}/{path}").status_code == 404, path


def test_unknown_or_absurd_image_numbers_are_not_found(client, db):
    assert get(client, "/iiif/image/424242/info.json").status_code == 404
    assert get(client, "/iiif/image/99999999999999999999/info.json").status_code == 404
    assert get(client, "/iiif/image/99999999999999999999/full/max/0/default.jpg").status_code == 404


def test_image_answers_304_to_its_etag(client, photo_with_image):
    photo = photo_with_image()
    url = f"/iiif/image/{photo.pk}/full/max/0/default.jpg"
    first = get(client, url)

    again = get(client, url, if_none_match=first["ETag"])

    assert again.status_code == 304
    assert again.body == b""
    assert again["ETag"] == first["ETag"]
    assert again["Access-Control-Allow-Origin"] == "*"


def test_info_answers_304_to_its_etag(client, photo_with_image):
    photo = photo_with_image()
    url = f"/iiif/image/{photo.pk}/info.json"

    again = get(client, url, if_none_match=get(client, url)["ETag"])

    assert again.status_code == 304


def test_preflight_is_answered_for_any_origin(client, photo_with_image):
    photo = photo_with_image()

    response = client.options(
        f"/iiif/image/{photo.pk}/info.json",
        headers={"Origin": "https://viewer.example", "Access-Control-Request-Method": "GET"},
    )

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
