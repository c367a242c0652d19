"""Decompression bombs and damaged images are refused cleanly: a form error, no decoding, no 500."""

import pytest
from django.core.exceptions import ValidationError
from PIL import ImageFile

from archive.media import uploads
from archive.models import Photo
from tests.media import files
from tests.media.helpers import photo_form_data

pytestmark = pytest.mark.django_db


def test_bomb_is_a_real_20000_by_20000_png_of_a_few_kilobytes():
    bomb = files.bomb_png()

    assert len(bomb) < 100_000
    assert bomb[16:24] == (20000).to_bytes(4, "big") * 2


def test_photo_admin_refuses_a_decompression_bomb(staff_client, media_root):
    response = staff_client.post(
        "/admin/archive/photo/add/", photo_form_data(image=files.upload("bomb.png", files.bomb_png()))
    )

    assert response.status_code == 200
    [error] = response.context["adminform"].form.errors["image"]
    assert "“bomb.png” was refused: it is 400 megapixels; the limit is 64." in error
    assert not Photo.objects.exists()
    assert files.stored_files(media_root) == []


def test_a_bomb_is_refused_from_its_header_without_decoding_a_pixel(monkeypatch):
    def load(self):
        raise AssertionError("pixel data was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)

    with pytest.raises(ValidationError) as excinfo:
        uploads.validate_image(files.upload("bomb.png", files.bomb_png()))
    assert excinfo.value.code == "too_many_pixels"


def test_the_explicit_pixel_cap_comes_from_settings(settings):
    settings.MADENI_MAX_IMAGE_PIXELS = 100 * 100

    with pytest.raises(ValidationError) as excinfo:
        uploads.validate_image(files.upload("big.png", files.png_bytes(120, 100)))
    assert excinfo.value.code == "too_many_pixels"
    assert "it is 120 × 100 pixels; the limit is 0 megapixels" in excinfo.value.messages[0]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("cut.jpg", files.truncated_jpeg(), "the image is truncated or corrupt"),
        ("garbled.png", files.corrupt_png(), "the image is truncated or corrupt"),
        ("header-only.jpg", files.jpeg_bytes()[:200], "the image is truncated or corrupt"),
        ("empty.jpg", b"", "file is empty"),
    ],
)
def test_photo_admin_refuses_truncated_and_corrupt_images(staff_client, media_root, name, content, reason):
    response = staff_client.post("/admin/archive/photo/add/", photo_form_data(image=files.upload(name, content)))

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert any(reason in error for error in form.errors.get("image", [])), form.errors
    assert not Photo.objects.exists()
    assert files.stored_files(media_root) == []
