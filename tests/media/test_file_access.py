"""Files of records that are not public cannot be reached by the public, by any address."""

import datetime

import pytest
from django.utils import timezone

from archive.models import Status
from tests.factories import make_document, make_photo, make_user
from tests.media import files
from tests.media.helpers import fetch

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_photo(media_root):
    return make_photo(image=files.upload("draft.jpg", files.jpeg_bytes(gps=True)), status=Status.DRAFT)


@pytest.fixture
def draft_document(media_root):
    return make_document(file=files.upload("draft.pdf", files.pdf_bytes()), status=Status.DRAFT)


def test_anonymous_user_gets_404_for_a_draft_photo(client, draft_photo):
    for spec in ("thumb", "medium", "large"):
        for fmt in ("jpg", "webp"):
            assert fetch(client, draft_photo.rendition_url(spec, fmt)).status_code == 404
    assert fetch(client, draft_photo.original_url()).status_code == 404


def test_staff_get_a_draft_photo_uncached(staff_client, draft_photo):
    response = fetch(staff_client, draft_photo.rendition_url("medium", "webp"))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == f'inline; filename="{draft_photo.slug}-medium.webp"'
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "sandbox" in response["Content-Security-Policy"]
    assert response.body[:4] == b"RIFF"


def test_staff_without_staff_status_are_treated_as_the_public(client, draft_photo):
    client.force_login(make_user(is_staff=False))
    assert fetch(client, draft_photo.rendition_url("medium")).status_code == 404


def test_anonymous_user_gets_a_published_photo_publicly_cached(client, media_root):
    photo = make_photo(image=files.upload("public.jpg", files.jpeg_bytes()))

    response = fetch(client, photo.rendition_url("large"))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline;")
    assert "public" in response["Cache-Control"] and "max-age=3600" in response["Cache-Control"]


def test_originals_keep_their_metadata_so_only_staff_get_them(client, staff_client, media_root):
    photo = make_photo(image=files.upload("public.jpg", files.jpeg_bytes(gps=True)))

    assert fetch(client, photo.original_url()).status_code == 404
    response = fetch(staff_client, photo.original_url())
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{photo.slug}.jpg"'


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Status.IN_REVIEW},
        {"status": Status.ARCHIVED},
        {"go_live_at": timezone.now() + datetime.timedelta(days=1)},
        {"expire_at": timezone.now() - datetime.timedelta(days=1)},
    ],
)
def test_photos_not_in_published_are_404_for_the_public(client, media_root, fields):
    photo = make_photo(image=files.upload("p.jpg", files.jpeg_bytes()), **fields)
    assert fetch(client, photo.rendition_url("thumb")).status_code == 404


def test_the_storage_path_of_a_file_is_not_served(client, draft_photo, draft_document):
    for name in (draft_photo.image.name, draft_photo.renditions.first().file.name, draft_document.file.name):
        assert fetch(client, f"/media/{name}").status_code == 404
        assert fetch(client, f"/{name}").status_code == 404


def test_anonymous_user_gets_404_for_a_draft_document(client, draft_document):
    assert fetch(client, draft_document.download_url()).status_code == 404


def test_staff_get_a_draft_document(staff_client, draft_document):
    response = fetch(staff_client, draft_document.download_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response.body.startswith(b"%PDF-")


def test_a_published_document_downloads_under_its_slug_not_its_storage_name(client, media_root):
    document = make_document(title="Nomination of Kazakh Kuresi", file=files.upload("scan_0042.pdf", files.pdf_bytes()))

    response = fetch(client, document.download_url())

    assert response.status_code == 200
    assert document.download_url() == f"/files/documents/{document.pk}/nomination-of-kazakh-kuresi.pdf"
    assert response["Content-Disposition"] == 'inline; filename="nomination-of-kazakh-kuresi.pdf"'
    assert "public" in response["Cache-Control"]


def test_a_text_document_downloads_as_an_attachment(client, media_root):
    document = make_document(title="Speech", file=files.upload("speech.txt", "Құрметті қонақтар!".encode()))

    response = fetch(client, document.download_url())

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="speech.txt"'
    assert "sandbox" in response["Content-Security-Policy"]


def test_an_old_slug_redirects_to_the_current_address(client, media_root):
    document = make_document(title="Speech", file=files.upload("speech.pdf", files.pdf_bytes()))

    response = fetch(client, f"/files/documents/{document.pk}/old-title.pdf")

    assert response.status_code == 302
    assert response["Location"] == document.download_url()


def test_an_old_slug_of_a_draft_reveals_nothing(client, draft_document):
    assert fetch(client, f"/files/documents/{draft_document.pk}/guess.pdf").status_code == 404


@pytest.mark.parametrize(
    "path", ["/files/photos/999/thumb.jpg", "/files/photos/1/huge.jpg", "/files/documents/999/x.pdf"]
)
def test_unknown_files_are_404(client, path):
    assert fetch(client, path).status_code == 404


def test_unknown_rendition_format_is_404(staff_client, draft_photo):
    assert fetch(staff_client, f"/files/photos/{draft_photo.pk}/thumb.gif").status_code == 404


def test_files_only_answer_get_and_head(staff_client, draft_photo):
    assert staff_client.post(draft_photo.rendition_url("thumb")).status_code == 405
    assert fetch(staff_client, draft_photo.rendition_url("thumb"), "head").status_code == 200


def test_with_object_storage_published_files_redirect_to_a_signed_url(client, media_root, settings):
    settings.MADENI_REDIRECT_PUBLISHED_FILES = True
    photo = make_photo(image=files.upload("public.jpg", files.jpeg_bytes()))
    draft = make_photo(image=files.upload("draft.jpg", files.jpeg_bytes()), status=Status.DRAFT)

    response = fetch(client, photo.rendition_url("thumb"))
    assert response.status_code == 302
    assert response["Location"] == photo.rendition("thumb").file.url
    assert fetch(client, draft.rendition_url("thumb")).status_code == 404
