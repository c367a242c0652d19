"""Faults in the middle of editorial work leave rows and files consistent, and tell the editor.

Each test breaks one thing at the worst moment — a storage write, the database connection, a
concurrent publisher, the process itself — then checks that every file a row or revision names
exists, public files still answer, and nothing half-done is visible.
"""

import io
import threading
from unittest import mock

import pytest
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import OperationalError, connection

from archive.models import Document, Photo, Status
from editorial import retention, workflow
from editorial.models import AuditEntry
from tests.editorial.admin_forms import change_url, editorial_url, form_data
from tests.editorial.files import png
from tests.factories import make_document, make_editors, make_photo, publish_through_workflow


def assert_every_named_file_exists():
    missing = sorted(name for name in retention.needed_names() if not default_storage.exists(name))
    assert missing == []


def assert_public_file_answers(client, url, body=None):
    response = client.get(url)
    content = b"".join(response.streaming_content) if response.status_code == 200 else b""
    assert response.status_code == 200
    if body is not None:
        assert content == body


def _messages(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


def failing_writes(allowed):
    """A storage ``_save`` that refuses writes after ``allowed`` of them succeeded."""
    original, left = FileSystemStorage._save, [allowed]

    def _save(storage, name, content):
        if left[0] <= 0:
            raise OSError(28, "No space left on device")
        left[0] -= 1
        return original(storage, name, content)

    return _save


@pytest.mark.parametrize("allowed", [0, 3], ids=["the upload", "a rendition"])
def test_a_failing_storage_write_in_a_photo_save_changes_nothing_and_says_so(
    client, author, media_root, django_capture_on_commit_callbacks, allowed
):
    photo = make_photo(status=Status.DRAFT, created_by=author, image=png("kept.png", size=(40, 30)))
    workflow.saved(photo, by=author, created=True)
    before = (photo.image.name, sorted(photo.renditions.values_list("file", flat=True)), photo.version)
    client.force_login(author)
    page = client.get(change_url(photo))

    with mock.patch.object(FileSystemStorage, "_save", failing_writes(allowed)):
        response = client.post(
            change_url(photo), {**form_data(page), "image": png("new.png", size=(50, 50))}, follow=True
        )

    assert response.status_code == 200
    assert any("could not be stored" in message for message in _messages(response))
    photo = Photo.objects.get(pk=photo.pk)
    assert (photo.image.name, sorted(photo.renditions.values_list("file", flat=True)), photo.version) == before
    assert_every_named_file_exists()


def test_a_failing_storage_write_on_a_live_document_keeps_the_public_file(client, author, media_root):
    document = make_document(created_by=author, file=SimpleUploadedFile("live.txt", b"live words"))
    client.force_login(author)
    page = client.get(change_url(document))

    with mock.patch.object(FileSystemStorage, "_save", failing_writes(0)):
        response = client.post(
            change_url(document), {**form_data(page), "file": SimpleUploadedFile("new.txt", b"new")}, follow=True
        )

    assert any("could not be stored" in message for message in _messages(response))
    assert not Document.objects.get(pk=document.pk).has_pending_changes
    client.logout()
    assert_public_file_answers(client, document.download_url(), b"live words")
    assert_every_named_file_exists()


def test_a_dropped_database_connection_mid_publish_publishes_nothing(client, media_root):
    author, reviewer, publisher = make_editors()
    photo = make_photo(status=Status.DRAFT, created_by=author, image=png("p.png", size=(40, 30)))
    workflow.submit(photo, by=author)
    workflow.approve(photo, by=reviewer)
    photo = Photo.objects.get(pk=photo.pk)
    client.force_login(publisher)

    lost = OperationalError("server closed the connection unexpectedly")
    with mock.patch("editorial.workflow.notify.published", side_effect=lost):
        response = client.post(
            editorial_url(photo, "act"), {"action": "publish", "version": photo.version}, follow=True
        )

    assert response.status_code == 200
    assert any("database" in message for message in _messages(response))
    row = Photo.objects.get(pk=photo.pk)
    assert (row.status, row.version) == (photo.status, photo.version)
    assert not AuditEntry.objects.filter(action="publish").exists()
    assert not Photo.objects.published().filter(pk=photo.pk).exists()
    assert_every_named_file_exists()


def test_two_publishers_with_the_same_page_publish_once():
    author, reviewer, publisher = make_editors()
    _a, _r, second_publisher = make_editors()
    document = make_document(status=Status.DRAFT, created_by=author)
    workflow.submit(document, by=author)
    workflow.approve(document, by=reviewer)
    seen = Document.objects.get(pk=document.pk).version

    workflow.publish(Document.objects.get(pk=document.pk), by=publisher, expected_version=seen)
    with pytest.raises(workflow.Refused):
        workflow.publish(Document.objects.get(pk=document.pk), by=second_publisher, expected_version=seen)

    assert AuditEntry.objects.filter(action="publish").count() == 1


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_publishes_racing_in_threads_publish_once(media_root):
    author, reviewer, publisher = make_editors()
    _a, _r, second_publisher = make_editors()
    photo = make_photo(status=Status.DRAFT, created_by=author, image=png("race.png", size=(40, 30)))
    workflow.submit(photo, by=author)
    workflow.approve(photo, by=reviewer)
    seen = Photo.objects.get(pk=photo.pk).version
    start, outcomes = threading.Barrier(2), []

    def publish(user):
        try:
            start.wait(timeout=10)
            workflow.publish(Photo.objects.get(pk=photo.pk), by=user, expected_version=seen)
            outcomes.append("published")
        except workflow.Refused:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=publish, args=(user,)) for user in (publisher, second_publisher)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["published", "refused"]
    assert AuditEntry.objects.filter(action="publish").count() == 1
    assert Photo.objects.published().filter(pk=photo.pk).exists()
    assert_every_named_file_exists()


def test_the_process_dying_after_a_replace_commits_loses_nothing(
    client, media_root, django_capture_on_commit_callbacks
):
    author, reviewer, publisher = make_editors()
    document = make_document(status=Status.DRAFT, created_by=author, file=SimpleUploadedFile("a.txt", b"A"))
    first = workflow.saved(document, by=author, created=True)

    # The replace commits; the process dies before any after-commit work runs.
    with django_capture_on_commit_callbacks(execute=False):
        document.file = SimpleUploadedFile("b.txt", b"B")
        document.save()
        workflow.saved(document, by=author)

    assert_every_named_file_exists()
    call_command("prune_media", "--grace", "0", stdout=io.StringIO())
    assert_every_named_file_exists()
    workflow.restore(document, first, by=author)
    publish_through_workflow(
        Document.objects.get(pk=document.pk), author=author, reviewer=reviewer, publisher=publisher
    )
    assert_public_file_answers(client, Document.objects.get(pk=document.pk).download_url(), b"A")


def test_the_process_dying_before_an_upload_commits_leaves_only_an_orphan_to_sweep(media_root):
    from django.db import transaction

    document = make_document(file=SimpleUploadedFile("live.txt", b"live"))
    with pytest.raises(SystemExit), transaction.atomic():
        make_document(file=SimpleUploadedFile("lost.txt", b"never committed"))
        raise SystemExit  # the worker is killed before COMMIT

    stored = {p.name for p in (media_root / "documents").iterdir()}
    assert len(stored) == 2
    call_command("prune_media", "--grace", "0", stdout=io.StringIO())
    assert {p.name for p in (media_root / "documents").iterdir()} == {document.file.name.rsplit("/", 1)[-1]}
    assert_every_named_file_exists()


def test_a_failing_storage_write_during_a_restore_restores_nothing(client, author, media_root):
    photo = make_photo(status=Status.DRAFT, created_by=author, image=png("a.png", size=(40, 30)))
    first = workflow.saved(photo, by=author, created=True)
    photo.image = png("b.png", size=(30, 30))
    photo.save()
    workflow.saved(photo, by=author)
    current = Photo.objects.get(pk=photo.pk).image.name
    client.force_login(author)

    with mock.patch.object(FileSystemStorage, "_save", failing_writes(2)):
        response = client.post(editorial_url(photo, "restore", first.number), follow=True)

    assert any("could not be stored" in message for message in _messages(response))
    assert Photo.objects.get(pk=photo.pk).image.name == current
    assert_every_named_file_exists()
