"""Per-file size limit, allow-listed formats, and sanitised names that cannot escape or overwrite."""

import pytest

from archive.media import uploads
from archive.models import Photo
from tests.media import files
from tests.media.helpers import photo_form_data

pytestmark = pytest.mark.django_db


def test_a_file_over_the_size_limit_is_refused_with_the_limit_named(staff_client, media_root, settings):
    settings.MADENI_MAX_UPLOAD_MB = 1
    big = files.jpeg_bytes(1200, 800) + b"\0" * (1024 * 1024)

    response = staff_client.post("/admin/archive/photo/add/", photo_form_data(image=files.upload("huge.jpg", big)))

    [error] = response.context["adminform"].form.errors["image"]
    assert "“huge.jpg” was refused: it is 1.1 MB; the limit is 1 MB per file." in error
    assert not Photo.objects.exists()
    assert files.stored_files(media_root) == []


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_image_formats_outside_the_allow_list_are_refused_even_when_real(staff_client, media_root, fmt):
    name = f"scan.{fmt.lower()}"
    response = staff_client.post(
        "/admin/archive/photo/add/", photo_form_data(image=files.upload(name, files.image_bytes(fmt)))
    )

    [error] = response.context["adminform"].form.errors["image"]
    assert f"“.{fmt.lower()}” files are not accepted for photos (accepted: jpeg, jpg, png, webp)" in error
    assert files.stored_files(media_root) == []


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_allow_listed_formats_are_accepted(media_root, fmt):
    extension = uploads.IMAGE_FORMATS[fmt][0]
    info = uploads.validate_image(files.upload(f"ok.{extension}", files.image_bytes(fmt)))
    assert info.format == fmt


def test_a_path_in_the_file_name_cannot_leave_the_photos_folder(staff_client, media_root):
    response = staff_client.post(
        "/admin/archive/photo/add/",
        photo_form_data(image=files.upload("../../../settings/evil.jpg", files.jpeg_bytes())),
    )

    assert response.status_code == 302
    photo = Photo.objects.get()
    assert photo.image.name.startswith("photos/") and ".." not in photo.image.name
    assert all(name.startswith(("photos/", "renditions/")) for name in files.stored_files(media_root))


def test_two_uploads_with_the_same_name_do_not_overwrite_each_other(staff_client, media_root):
    for colour in ("first", "second"):
        staff_client.post(
            "/admin/archive/photo/add/",
            photo_form_data(title_en=colour, image=files.upload("IMG_0001.jpg", files.jpeg_bytes())),
        )

    first, second = Photo.objects.order_by("pk")
    assert first.image.name != second.image.name
    assert first.image.storage.exists(first.image.name) and second.image.storage.exists(second.image.name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.jpg", "passwd.jpg"),
        ("C:\\Users\\aida\\Фото 2025.JPG", "Фото_2025.jpg"),
        ("<script>.jpg", "script.jpg"),
        ("....jpg", "file.jpg"),
        ("no extension", "no_extension.jpg"),
    ],
)
def test_safe_filename_keeps_letters_and_drops_paths_and_markup(name, expected):
    assert uploads.safe_filename(name, "jpg") == expected
