"""``backup`` then ``restore`` gives back every row and every file, on either database."""

import io
import tarfile

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from archive.links import record_url
from archive.models import Document, Event, Person, Photo, Rendition, Status
from editorial import revisions, workflow
from editorial.models import AuditEntry, Revision
from tests.factories import make_document, make_editors, make_event, make_person, make_photo

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_archive(media_root):
    author, reviewer, publisher = make_editors()
    person = make_person(name="Aida Balayeva")
    event = make_event(title="Days of Kazakh Culture", participants=[(person, "Minister")])
    photo = make_photo(title="Opening night", events=[event], created_by=author)
    document = make_document(
        title="Cultural policy", status=Status.DRAFT, created_by=author, file=SimpleUploadedFile("a.txt", b"A text")
    )
    workflow.saved(document, by=author, created=True)
    workflow.submit(document, by=author)
    return {"event": event, "photo": photo, "document": document, "person": person}


def _snapshot():
    return {
        "events": list(Event.objects.values_list("pk", "slug", "title_en", "status")),
        "people": list(Person.objects.values_list("pk", "name_en")),
        "photos": list(Photo.objects.values_list("pk", "image", "width", "height")),
        "renditions": list(Rendition.objects.values_list("photo", "spec", "format", "file").order_by("file")),
        "documents": list(Document.objects.values_list("pk", "file", "extracted_text")),
        "revisions": list(Revision.objects.values_list("object_id", "number", "content").order_by("pk")),
        "audit": list(AuditEntry.objects.values_list("action", "actor_name", "record_repr").order_by("pk")),
        "participants": list(Event.objects.values_list("participations__person__name_en")),
        "photo_events": list(Photo.objects.values_list("pk", "events")),
    }


def _files():
    names = []
    for folder in ("photos", "documents", "renditions"):
        if default_storage.exists(folder):
            for root in [folder, *(f"{folder}/{d}" for d in default_storage.listdir(folder)[0])]:
                names += [f"{root}/{f}" for f in default_storage.listdir(root)[1]]
    contents = {}
    for name in sorted(names):
        with default_storage.open(name) as stored:
            contents[name] = stored.read()
    return contents


def _found(query):
    response = Client().get("/en/search/", {"q": query})
    return [str(hit.record) for hit in response.context["hits"]]


# Restoring needs an empty database: these tests flush it for real, so they run outside the
# test transaction (the role groups come back through tests/conftest.py).
roundtrip = pytest.mark.django_db(transaction=True)


@roundtrip
def test_a_backup_restores_every_row_and_file(small_archive, tmp_path, settings):
    before, files_before = _snapshot(), _files()
    assert _found("Kazakh culture") == ["Days of Kazakh Culture", "Opening night"]
    path = tmp_path / "archive.tar.gz"
    out = io.StringIO()
    call_command("backup", str(path), stdout=out, stderr=io.StringIO())
    assert f"{len(files_before)} files" in out.getvalue()

    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = str(tmp_path / "fresh-media")
    assert not Event.objects.exists()
    call_command("restore", str(path), stdout=io.StringIO(), stderr=io.StringIO())

    assert _snapshot() == before
    assert _files() == files_before
    event = Event.objects.get(pk=small_archive["event"].pk)
    client = Client()
    assert client.get(record_url(event)).status_code == 200
    # The search index was rebuilt: the event, and its photo found through it.
    assert _found("Kazakh culture") == ["Days of Kazakh Culture", "Opening night"]
    restored = Document.objects.get(pk=small_archive["document"].pk)
    assert revisions.latest(restored).content["fields"]["file"] == restored.file.name


def test_restore_refuses_a_database_that_holds_data(small_archive, tmp_path):
    path = tmp_path / "archive.tar.gz"
    call_command("backup", str(path), stdout=io.StringIO(), stderr=io.StringIO())

    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(path), stdout=io.StringIO(), stderr=io.StringIO())


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    path = tmp_path / "not-a-backup.tar.gz"
    path.write_bytes(b"hello")

    with pytest.raises(CommandError, match="Cannot open"):
        call_command("restore", str(path), stdout=io.StringIO(), stderr=io.StringIO())


@roundtrip
def test_restore_refuses_a_damaged_file_and_loads_no_row(small_archive, tmp_path, settings):
    path, damaged = tmp_path / "archive.tar.gz", tmp_path / "damaged.tar.gz"
    call_command("backup", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    with tarfile.open(path) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name.startswith("media/documents/"):
                data = b"X" * len(data)
            target.addfile(member, io.BytesIO(data))
    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = str(tmp_path / "fresh-media")

    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(damaged), stdout=io.StringIO(), stderr=io.StringIO())
    assert not Event.objects.exists()


def test_backup_shows_progress_with_counts(small_archive, tmp_path):
    err = io.StringIO()
    call_command("backup", str(tmp_path / "b.tar.gz"), stdout=io.StringIO(), stderr=err)
    assert " rows" in err.getvalue() and " files" in err.getvalue() and "/" in err.getvalue()
