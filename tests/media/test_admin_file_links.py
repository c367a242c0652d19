"""The admin shows current files through the checked /files/ views, never a storage URL."""

import pytest

from tests.factories import make_document, make_photo
from tests.media import files

pytestmark = pytest.mark.django_db


def test_photo_change_page_links_the_original_and_shows_a_preview(staff_client, media_root):
    photo = make_photo(image=files.upload("opera.jpg", files.jpeg_bytes()))

    response = staff_client.get(f"/admin/archive/photo/{photo.pk}/change/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{photo.original_url()}"' in html
    assert f'src="{photo.rendition_url("thumb")}"' in html
    assert "/media/" not in html


def test_photo_list_shows_thumbnails_in_a_fixed_number_of_queries(
    staff_client, media_root, django_assert_max_num_queries
):
    for n in range(5):
        make_photo(image=files.upload(f"p{n}.jpg", files.jpeg_bytes(400, 300)))

    with django_assert_max_num_queries(12):
        response = staff_client.get("/admin/archive/photo/")

    assert response.content.decode().count("/files/photos/") == 5


def test_document_change_page_links_the_download_under_its_original_name(staff_client, media_root):
    document = make_document(file=files.upload("Scan 7.pdf", files.pdf_bytes()))

    response = staff_client.get(f"/admin/archive/document/{document.pk}/change/")

    html = response.content.decode()
    assert f'href="{document.download_url()}">Scan_7.pdf</a>' in html
    assert "/media/" not in html
