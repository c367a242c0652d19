"""A photo cannot be published without alt text (and an image)."""

import pytest

from archive.models import Photo, Status
from tests.factories import make_photo
from tests.media import files
from tests.media.helpers import photo_form_data

pytestmark = pytest.mark.django_db


def test_a_photo_without_alt_text_or_image_lists_both_problems():
    photo = Photo(title="Untitled", alt_text="")

    problems = photo.publish_problems()

    assert len(problems) == 2
    assert any("alt text" in problem for problem in problems)
    assert any("Upload an image" in problem for problem in problems)


def test_a_photo_with_image_and_english_alt_text_has_no_problems(media_root):
    photo = make_photo(image=files.upload("ok.jpg", files.jpeg_bytes()), alt_text="Dancers bow on the stage")
    assert photo.publish_problems() == []


def test_blank_alt_text_counts_as_missing(media_root):
    photo = make_photo(image=files.upload("ok.jpg", files.jpeg_bytes()), alt_text="   ", status=Status.DRAFT)
    assert photo.publish_problems()


def test_admin_refuses_to_save_a_published_photo_without_alt_text(staff_client, media_root):
    response = staff_client.post(
        "/admin/archive/photo/add/",
        photo_form_data(status=Status.PUBLISHED, image=files.upload("opera.jpg", files.jpeg_bytes())),
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert any("alt text" in error for error in errors)
    assert not Photo.objects.exists()
    assert files.stored_files(media_root) == []


def test_admin_publishes_a_photo_with_alt_text(staff_client, media_root):
    response = staff_client.post(
        "/admin/archive/photo/add/",
        photo_form_data(
            status=Status.PUBLISHED,
            alt_text_en="The Astana Opera company bowing",
            image=files.upload("opera.jpg", files.jpeg_bytes()),
        ),
    )

    assert response.status_code == 302
    assert Photo.objects.get().status == Status.PUBLISHED


def test_admin_saves_a_draft_without_alt_text(staff_client, media_root):
    response = staff_client.post(
        "/admin/archive/photo/add/", photo_form_data(image=files.upload("opera.jpg", files.jpeg_bytes()))
    )
    assert response.status_code == 302
