"""A file only staff may fetch is never cached by anyone: ``private, no-store``, even for a published photo."""

import pytest

from tests.factories import make_photo
from tests.media import files
from tests.media.helpers import fetch

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_photo(media_root):
    return make_photo(image=files.upload("public.jpg", files.jpeg_bytes(gps=True)))


def test_the_original_of_a_published_photo_is_sent_private_and_no_store(staff_client, published_photo):
    response = fetch(staff_client, published_photo.original_url())

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_original_is_streamed_not_redirected_when_published_files_redirect(settings, staff_client, published_photo):
    settings.MADENI_REDIRECT_PUBLISHED_FILES = True

    response = fetch(staff_client, published_photo.original_url())

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_renditions_of_a_published_photo_stay_publicly_cached(client, published_photo):
    response = fetch(client, published_photo.rendition_url("medium"))

    assert "public" in response["Cache-Control"]
