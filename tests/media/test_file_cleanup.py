"""Replacing or deleting a photo or document deletes no file; prune_media sweeps what nothing names."""

import io

import pytest
from django.core.management import call_command

from archive.models import Document, Photo, Rendition
from editorial import workflow
from tests.factories import make_document, make_photo, make_user
from tests.media import files

pytestmark = pytest.mark.django_db


def _prune():
    call_command("prune_media", "--grace", "0", stdout=io.StringIO())


def test_replacing_a_photo_keeps_the_old_original_until_nothing_names_it(
    media_root, django_capture_on_commit_callbacks
):
    photo = make_photo(image=files.upload("first.jpg", files.jpeg_bytes()))
    photo = Photo.objects.get(pk=photo.pk)
    old_original, old_renditions = photo.image.name, set(photo.renditions.values_list("file", flat=True))
    assert len(files.stored_files(media_root)) == 7  # the original and six renditions

    with django_capture_on_commit_callbacks(execute=True):
        photo.image = files.upload("second.jpg", files.jpeg_bytes(900, 900))
        photo.save()

    assert len(files.stored_files(media_root)) == 14  # nothing deleted on save
    assert Rendition.objects.filter(photo=photo).count() == 6
    _prune()
    # No revision names the first original, so the sweep takes it with the superseded renditions.
    left = set(files.stored_files(media_root))
    assert len(left) == 7 and old_original not in left and not old_renditions & left


def test_replacing_through_the_admin_keeps_the_old_original_for_history(
    staff_client, media_root, django_capture_on_commit_callbacks
):
    from tests.media.helpers import photo_form_data

    photo = make_photo(image=files.upload("first.jpg", files.jpeg_bytes()), status="draft")
    workflow.saved(photo, by=make_user(), created=True)
    old_original = photo.image.name

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            f"/admin/archive/photo/{photo.pk}/change/",
            photo_form_data(
                image=files.upload("second.jpg", files.jpeg_bytes(640, 480)), editorial_version=photo.version
            ),
        )
    assert response.status_code == 302
    _prune()

    left = set(files.stored_files(media_root))
    assert old_original in left  # revision #1 names it: restoring it must work
    assert len(left) == 8  # both originals and the six current renditions


def test_deleting_a_photo_deletes_no_file_at_once(media_root, django_capture_on_commit_callbacks):
    photo = make_photo(image=files.upload("gone.jpg", files.jpeg_bytes()))

    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()

    assert len(files.stored_files(media_root)) == 7
    assert not Rendition.objects.exists()
    _prune()
    assert files.stored_files(media_root) == []


def test_a_deleted_photo_keeps_its_original_while_a_revision_names_it(media_root):
    photo = make_photo(image=files.upload("kept.jpg", files.jpeg_bytes()))
    workflow.saved(photo, by=make_user(), created=True)
    name = photo.image.name

    Photo.objects.all().delete()
    _prune()

    assert files.stored_files(media_root) == [name]


def test_clearing_the_image_keeps_the_file_until_pruned(media_root, django_capture_on_commit_callbacks):
    photo = make_photo(image=files.upload("gone.jpg", files.jpeg_bytes()))

    with django_capture_on_commit_callbacks(execute=True):
        photo.image = None
        photo.save()

    assert not photo.renditions.exists()
    assert len(files.stored_files(media_root)) == 7
    _prune()
    assert files.stored_files(media_root) == []


def test_a_rolled_back_delete_keeps_the_files_and_rows(media_root, django_capture_on_commit_callbacks):
    from django.db import transaction

    photo = make_photo(image=files.upload("kept.jpg", files.jpeg_bytes()))
    before, pk = files.stored_files(media_root), photo.pk

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        photo.delete()
        raise RuntimeError("something failed after the delete")

    assert files.stored_files(media_root) == before
    assert Photo.objects.filter(pk=pk).exists() and Rendition.objects.filter(photo=pk).count() == 6


def test_replacing_and_deleting_a_document_keeps_files_named_by_revisions(media_root):
    author = make_user()
    document = make_document(file=files.upload("first.pdf", files.pdf_bytes()))
    workflow.saved(document, by=author, created=True)
    document = Document.objects.get(pk=document.pk)
    first = document.file.name

    document.file = files.upload("second.txt", b"Second version")
    document.save()
    second = document.file.name
    document.delete()
    _prune()

    # Revision #1 names the first file; nothing names the second one any more.
    assert files.stored_files(media_root) == [first]
    assert second != first
