"""Renditions: upright, sized, in WebP and JPEG, with no EXIF (GPS included) left."""

import io

import pytest
from PIL import ExifTags, Image

from archive.media import images
from archive.models import Rendition
from tests.factories import make_photo
from tests.media import files

pytestmark = pytest.mark.django_db


def _open(rendition):
    with rendition.file.open("rb") as fileobj:
        image = Image.open(io.BytesIO(fileobj.read()))
        image.load()
        return image


def test_the_test_jpeg_really_carries_gps_and_an_orientation_tag():
    with Image.open(io.BytesIO(files.jpeg_bytes(gps=True, orientation=6))) as original:
        exif = original.getexif()
        assert exif[ExifTags.Base.Orientation] == 6
        assert exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == files.GPS_LATITUDE


def test_saving_a_photo_makes_every_spec_in_webp_and_jpeg(media_root):
    photo = make_photo(image=files.upload("opera.jpg", files.jpeg_bytes(3000, 2000)))

    made = {(r.spec, r.format): (r.width, r.height) for r in photo.renditions.all()}
    assert made == {
        ("thumb", "webp"): (320, 320),
        ("thumb", "jpg"): (320, 320),
        ("medium", "webp"): (800, 534),
        ("medium", "jpg"): (800, 534),
        ("large", "webp"): (1600, 1067),
        ("large", "jpg"): (1600, 1067),
    }


def test_recorded_sizes_and_formats_are_those_of_the_files(media_root):
    photo = make_photo(image=files.upload("opera.jpg", files.jpeg_bytes(2000, 1500)))

    for rendition in photo.renditions.all():
        image = _open(rendition)
        assert image.size == (rendition.width, rendition.height)
        assert image.format == {"jpg": "JPEG", "webp": "WEBP"}[rendition.format]


def test_exif_orientation_is_applied(media_root):
    # Orientation 6: the camera was turned; the stored landscape pixels display as portrait.
    photo = make_photo(image=files.upload("turned.jpg", files.jpeg_bytes(3000, 2000, orientation=6)))

    large = photo.renditions.get(spec="large", format="jpg")
    assert (large.width, large.height) == (1067, 1600)
    # The yellow top-left block of the stored pixels is now at the top right.
    image = _open(large)
    r, g, b = image.getpixel((large.width - 10, 10))
    assert r > 200 and g > 200 and b < 80


def test_no_metadata_survives_in_any_rendition(media_root):
    photo = make_photo(image=files.upload("secret.jpg", files.jpeg_bytes(gps=True, orientation=6)))

    renditions = list(photo.renditions.all())
    assert len(renditions) == 6
    for rendition in renditions:
        image = _open(rendition)
        exif = image.getexif()
        assert dict(exif) == {}, rendition
        assert exif.get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert not {"exif", "xmp", "comment", "icc_profile"} & set(image.info), (rendition, image.info.keys())
        with rendition.file.open("rb") as fileobj:
            raw = fileobj.read()
        assert b"Madeni Test Camera" not in raw and b"secret place" not in raw


def test_a_small_original_is_never_scaled_up(media_root):
    photo = make_photo(image=files.upload("small.png", files.png_bytes(300, 200)))

    sizes = {r.spec: (r.width, r.height) for r in photo.renditions.filter(format="jpg")}
    assert sizes == {"thumb": (200, 200), "medium": (300, 200), "large": (300, 200)}
    assert photo.srcset("fit").count("300w") == 1  # medium and large alike: listed once


def test_transparent_png_gets_a_white_background(media_root):
    photo = make_photo(image=files.upload("logo.png", files.png_bytes(100, 100, mode="RGBA")))
    image = _open(photo.renditions.get(spec="medium", format="jpg"))
    assert image.mode == "RGB"


@pytest.mark.parametrize(("focal_x", "expect_red"), [(0.1, True), (0.9, False)])
def test_the_square_thumbnail_is_cropped_around_the_focal_point(media_root, focal_x, expect_red):
    data = files.jpeg_bytes(3000, 1000, marker=(0.1, 0.5))
    photo = make_photo(image=files.upload("panorama.jpg", data), focal_x=focal_x, focal_y=0.5)

    thumb = _open(photo.renditions.get(spec="thumb", format="jpg"))
    red = sum(1 for r, g, b in thumb.get_flattened_data() if r > 200 and g < 60 and b < 60)
    assert (red > 1000) is expect_red


def test_changing_the_focal_point_remakes_the_renditions(media_root, django_capture_on_commit_callbacks):
    photo = make_photo(image=files.upload("panorama.jpg", files.jpeg_bytes(3000, 1000)))
    before = set(photo.renditions.values_list("file", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        photo.focal_x = 0.05
        photo.save()

    after = set(photo.renditions.values_list("file", flat=True))
    assert len(after) == 6 and not before & after
    # The old renditions stay until prune_media finds nothing names them.
    assert all(photo.image.storage.exists(name) for name in before | after)


def test_saving_other_fields_leaves_renditions_alone(media_root):
    photo = make_photo(image=files.upload("opera.jpg", files.jpeg_bytes()))
    before = list(photo.renditions.values_list("pk", flat=True))

    photo.caption = "Curtain call"
    photo.save()
    reloaded = type(photo).objects.get(pk=photo.pk)
    reloaded.credit = "Press service"
    reloaded.save()

    assert list(Rendition.objects.filter(photo=photo).values_list("pk", flat=True)) == before


def test_make_renditions_decodes_a_big_jpeg_at_reduced_scale():
    rendered = images.make_renditions(files.upload("big.jpg", files.jpeg_bytes(6000, 4000)))
    assert {(r.spec, r.width, r.height) for r in rendered} == {
        ("thumb", 320, 320),
        ("medium", 800, 534),
        ("large", 1600, 1067),
    }
