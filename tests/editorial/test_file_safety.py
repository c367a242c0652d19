"""No editorial action loses a file: pending edits, restores, previews and pruning keep every named file."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from archive.models import Document, Photo, Status
from editorial import revisions, workflow
from tests.editorial.admin_forms import change_url, editorial_url, form_data
from tests.editorial.files import png
from tests.factories import make_document, make_photo, publish_through_workflow


def _edit(client, record, **changes):
    page = client.get(change_url(record))
    response = client.post(change_url(record), {**form_data(page), **changes})
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def _rendition_files(photo):
    return sorted(photo.renditions.values_list("file", flat=True))


def test_a_pending_new_file_keeps_the_live_document_file(
    client, author, media_root, django_capture_on_commit_callbacks
):
    document = make_document(created_by=author, file=SimpleUploadedFile("old.txt", b"the live text"))
    old_name = document.file.name
    client.force_login(author)

    with django_capture_on_commit_callbacks(execute=True):
        _edit(client, document, file=SimpleUploadedFile("new.txt", b"the pending text"))

    assert default_storage.exists(old_name)
    client.logout()
    response = client.get(Document.objects.get(pk=document.pk).download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"the live text"


def test_a_pending_focal_point_keeps_the_live_renditions(
    client, author, media_root, django_capture_on_commit_callbacks
):
    photo = make_photo(created_by=author, image=png("live.png", size=(60, 40)))
    live_renditions = _rendition_files(photo)
    assert len(live_renditions) == 6
    client.force_login(author)

    with django_capture_on_commit_callbacks(execute=True):
        _edit(client, photo, focal_x="0.1", focal_y="0.9")

    photo = Photo.objects.get(pk=photo.pk)
    assert photo.has_pending_changes
    assert _rendition_files(photo) == live_renditions
    assert all(default_storage.exists(name) for name in live_renditions)
    client.logout()
    response = client.get(photo.rendition_url("thumb"))
    response.close()
    assert response.status_code == 200


def test_a_live_edit_leaves_no_stray_rendition_files(client, author, media_root, django_capture_on_commit_callbacks):
    photo = make_photo(created_by=author, image=png("live.png", size=(60, 40)))
    before = {str(p.relative_to(media_root)) for p in media_root.rglob("*") if p.is_file()}
    client.force_login(author)

    with django_capture_on_commit_callbacks(execute=True):
        _edit(client, photo, focal_x="0.2")

    after = {str(p.relative_to(media_root)) for p in media_root.rglob("*") if p.is_file()}
    assert after == before


def test_restoring_an_older_document_revision_brings_its_file_back(
    author, reviewer, publisher, media_root, django_capture_on_commit_callbacks, client
):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(status=Status.DRAFT, created_by=author, file=SimpleUploadedFile("a.txt", b"version A"))
        first = workflow.saved(document, by=author, created=True)
        document.file = SimpleUploadedFile("b.txt", b"version B")
        document.save()
        workflow.saved(document, by=author)
        name_a, name_b = first.content["fields"]["file"], document.file.name

        workflow.restore(document, first, by=author)
    document = Document.objects.get(pk=document.pk)

    assert document.file.name == name_a
    assert default_storage.exists(name_a) and default_storage.exists(name_b)
    assert document.extracted_text == "version A"
    with django_capture_on_commit_callbacks(execute=True):
        publish_through_workflow(document, author=author, reviewer=reviewer, publisher=publisher)
    response = client.get(Document.objects.get(pk=document.pk).download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"version A"


def _photo_with_two_images(author, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        photo = make_photo(status=Status.DRAFT, created_by=author, image=png("a.png", size=(30, 20), color="blue"))
        first = workflow.saved(photo, by=author, created=True)
        photo.image = png("b.png", size=(50, 50), color="green")
        photo.save()
        workflow.saved(photo, by=author)
    return Photo.objects.get(pk=photo.pk), first


def test_restoring_an_older_photo_revision_in_the_admin_brings_its_image_back(
    client, author, media_root, django_capture_on_commit_callbacks
):
    photo, first = _photo_with_two_images(author, django_capture_on_commit_callbacks)
    replaced = photo.image.name
    client.force_login(author)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(editorial_url(photo, "restore", first.number))

    assert response.status_code == 302
    photo = Photo.objects.get(pk=photo.pk)
    assert photo.image.name == first.content["fields"]["image"]
    assert (photo.width, photo.height) == (30, 20)
    assert default_storage.exists(photo.image.name) and default_storage.exists(replaced)
    assert len(_rendition_files(photo)) == 6
    assert all(default_storage.exists(name) for name in _rendition_files(photo))


def test_preview_of_an_older_photo_revision_answers(client, author, media_root, django_capture_on_commit_callbacks):
    photo, first = _photo_with_two_images(author, django_capture_on_commit_callbacks)
    client.force_login(author)

    response = client.get(editorial_url(photo, "preview"), {"revision": first.number})

    assert response.status_code == 200


def test_restoring_a_revision_whose_file_is_gone_is_refused(author, media_root, django_capture_on_commit_callbacks):
    photo, first = _photo_with_two_images(author, django_capture_on_commit_callbacks)
    default_storage.delete(first.content["fields"]["image"])  # lost outside the archive's control

    with pytest.raises(workflow.Refused, match="no longer"):
        workflow.restore(photo, first, by=author)

    assert Photo.objects.get(pk=photo.pk).image.name == photo.image.name


def _prune(*args):
    out = io.StringIO()
    call_command("prune_media", "--grace", "0", *args, stdout=out)
    return out.getvalue()


def test_prune_keeps_a_file_only_a_pending_revision_names(client, author, media_root):
    document = make_document(created_by=author, file=SimpleUploadedFile("old.txt", b"live"))
    client.force_login(author)
    _edit(client, document, file=SimpleUploadedFile("new.txt", b"pending"))
    pending_name = revisions.pending(Document.objects.get(pk=document.pk)).content["fields"]["file"]

    report = _prune("--dry-run")

    assert pending_name not in report
    _prune()
    assert default_storage.exists(pending_name) and default_storage.exists(document.file.name)


def test_prune_keeps_files_of_old_revisions(author, media_root, django_capture_on_commit_callbacks):
    photo, first = _photo_with_two_images(author, django_capture_on_commit_callbacks)

    _prune()

    assert default_storage.exists(first.content["fields"]["image"])
    assert default_storage.exists(photo.image.name)


def test_prune_releases_files_of_revisions_past_the_retention(
    author, media_root, settings, django_capture_on_commit_callbacks
):
    import datetime

    from django.utils import timezone

    photo, first = _photo_with_two_images(author, django_capture_on_commit_callbacks)
    settings.MADENI_FILE_RETENTION_DAYS = 30
    type(first).objects.filter(pk=first.pk).update(created=timezone.now() - datetime.timedelta(days=31))

    _prune()

    assert not default_storage.exists(first.content["fields"]["image"])
    assert default_storage.exists(photo.image.name)
    assert all(default_storage.exists(name) for name in _rendition_files(photo))
