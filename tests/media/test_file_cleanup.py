"""Deleting or replacing a photo or document removes its files and renditions; nothing piles up."""

import pytest

from archive.models import Document, Photo, Rendition
from tests.factories import make_document, make_photo
from tests.media import files

pytestmark = pytest.mark.django_db


def test_replacing_a_photo_removes_the_old_original_and_renditions(media_root, django_capture_on_commit_callbacks):
    photo = make_photo(image=files.upload("first.jpg", files.jpeg_bytes()))
    photo = Photo.objects.get(pk=photo.pk)
    old_files = files.stored_files(media_root)
    assert len(old_files) == 7  # the original and six renditions

    with django_capture_on_commit_callbacks(execute=True):
        photo.image = files.upload("second.jpg", files.jpeg_bytes(900, 900))
        photo.save()

    new_files = files.stored_files(media_root)
    assert len(new_files) == 7
    assert not set(old_files) & set(new_files)
    assert Rendition.objects.filter(photo=photo).count() == 6


def test_replacing_through_the_admin_removes_the_old_files(
    staff_client, media_root, django_capture_on_commit_callbacks
):
    from tests.media.helpers import photo_form_data

    photo = make_photo(image=files.upload("first.jpg", files.jpeg_bytes()), status="draft")
    old_files = set(files.stored_files(media_root))

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            f"/admin/archive/photo/{photo.pk}/change/",
            photo_form_data(
                image=files.upload("second.jpg", files.jpeg_bytes(640, 480)), editorial_version=photo.version
            ),
        )

    assert response.status_code == 302
    assert len(files.stored_files(media_root)) == 7
    assert not old_files & set(files.stored_files(media_root))


def test_deleting_a_photo_removes_its_files(media_root, django_capture_on_commit_callbacks):
    photo = make_photo(image=files.upload("gone.jpg", files.jpeg_bytes()))

    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()

    assert files.stored_files(media_root) == []
    assert not Rendition.objects.exists()


def test_bulk_deleting_photos_removes_their_files(media_root, django_capture_on_commit_callbacks):
    for n in range(3):
        make_photo(image=files.upload(f"p{n}.jpg", files.jpeg_bytes(400, 300)))

    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.all().delete()

    assert files.stored_files(media_root) == []


def test_clearing_the_image_removes_its_files(media_root, django_capture_on_commit_callbacks):
    photo = make_photo(image=files.upload("gone.jpg", files.jpeg_bytes()))

    with django_capture_on_commit_callbacks(execute=True):
        photo.image = None
        photo.save()

    assert files.stored_files(media_root) == []
    assert not photo.renditions.exists()


def test_a_rolled_back_delete_keeps_the_files(media_root, django_capture_on_commit_callbacks):
    from django.db import transaction

    photo = make_photo(image=files.upload("kept.jpg", files.jpeg_bytes()))
    before = files.stored_files(media_root)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        photo.delete()
        raise RuntimeError("something failed after the delete")

    assert files.stored_files(media_root) == before


def test_replacing_and_deleting_a_document_removes_its_files(media_root, django_capture_on_commit_callbacks):
    document = make_document(file=files.upload("first.pdf", files.pdf_bytes()))
    document = Document.objects.get(pk=document.pk)
    first = files.stored_files(media_root)

    with django_capture_on_commit_callbacks(execute=True):
        document.file = files.upload("second.txt", b"Second version")
        document.save()
    second = files.stored_files(media_root)
    assert len(second) == 1 and second != first

    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert files.stored_files(media_root) == []
