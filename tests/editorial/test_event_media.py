"""Photos and documents attached from the event's change form become drafts linked to the event."""

from django.urls import reverse

from archive.models import Document, Photo, Rights, Status
from editorial.models import AuditEntry, Revision
from editorial.rules import AUTHOR
from tests.factories import make_event, make_user
from tests.media import files


def _url(event_pk):
    return reverse("admin:archive_event_attach", args=[event_pk])


def _change(event):
    return reverse("admin:archive_event_change", args=[event.pk])


def _own_event(author, **fields):
    return make_event(status=Status.DRAFT, created_by=author, **fields)


def test_dropped_photos_and_pdf_become_drafts_of_the_event_with_revisions_and_audit(
    client, author, media_root, django_capture_on_commit_callbacks
):
    event = _own_event(author, title="Days of Kazakh Culture in Paris")
    client.force_login(author)
    uploads = [
        files.upload("stage.jpg", files.jpeg_bytes(400, 300)),
        files.upload("hall.png", files.png_bytes()),
        files.upload("programme.pdf", files.pdf_bytes()),
    ]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(event.pk), {"files": uploads}, headers={"x-requested-with": "XMLHttpRequest"})

    assert response.status_code == 200
    answer = response.json()
    assert [(r["kind"], r["title"]) for r in answer["records"]] == [
        ("photo", "stage"),
        ("photo", "hall"),
        ("document", "programme"),
    ]
    photos, document = list(event.photos.order_by("title")), event.documents.get()
    assert [photo.title for photo in photos] == ["hall", "stage"]
    for record in [*photos, document]:
        assert record.status == Status.DRAFT and record.created_by == author
        revision = Revision.objects.for_record(record).get()
        assert [pk for pk, _label in revision.content["m2m"]["events"]] == [event.pk]
        entry = AuditEntry.objects.for_record(record).get()
        assert (entry.action, entry.actor, entry.revision) == ("create", author, revision)
    for photo in photos:
        assert photo.rights == Rights.UNDETERMINED  # the model's default
        assert photo.renditions.count() == 6  # made after the commit
    assert document.page_count == 1 and "Astana Opera" in document.extracted_text
    assert answer["records"][2]["url"] == reverse("admin:archive_document_change", args=[document.pk])


def test_a_plain_form_post_without_script_redirects_back_with_a_message(client, author, media_root):
    event = _own_event(author)
    client.force_login(author)

    response = client.post(_url(event.pk), {"files": [files.upload("IMG_1.jpg", files.jpeg_bytes(200, 100))]})

    assert response.status_code == 302 and response["Location"] == _change(event)
    page = client.get(response["Location"])
    assert "Added to" in page.content.decode() and "IMG 1" in page.content.decode()
    assert Photo.objects.get().events.get() == event


def test_the_change_form_shows_the_panel_and_what_is_attached(client, author, media_root):
    event = _own_event(author)
    client.force_login(author)
    client.post(_url(event.pk), {"files": [files.upload("programme.pdf", files.pdf_bytes())]})

    page = client.get(_change(event)).content.decode()

    assert "Attach photos and documents" in page
    assert f'action="{_url(event.pk)}"' in page and 'name="files"' in page and "multiple" in page
    assert reverse("admin:archive_document_change", args=[Document.objects.get().pk]) in page
    assert "editorial/event_media.js" in page


def test_a_hostile_file_is_refused_with_a_message_and_nothing_is_stored(client, author, media_root):
    event = _own_event(author)
    client.force_login(author)
    uploads = [
        files.upload("fine.jpg", files.jpeg_bytes(200, 100)),
        files.upload("party.png", files.png_with_html()),
    ]

    response = client.post(_url(event.pk), {"files": uploads}, follow=True)

    assert "party.png" in response.content.decode() and "refused" in response.content.decode()
    assert not Photo.objects.exists() and not Document.objects.exists()
    assert files.stored_files(media_root) == []
    assert not AuditEntry.objects.filter(action="create").exclude(object_id=event.pk).exists()


def test_a_disguised_pdf_is_refused_as_json_for_script(client, author, media_root):
    event = _own_event(author)
    client.force_login(author)

    response = client.post(
        _url(event.pk),
        {"files": [files.upload("report.pdf", b"<html><script>alert(1)</script></html>")]},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 400 and "report.pdf" in response.json()["error"]
    assert not Document.objects.exists() and files.stored_files(media_root) == []


def test_no_file_is_a_form_error_not_a_server_error(client, author, media_root):
    event = _own_event(author)
    client.force_login(author)

    response = client.post(_url(event.pk), {}, headers={"x-requested-with": "XMLHttpRequest"})

    assert response.status_code == 400 and response.json()["error"]


def test_an_author_cannot_attach_to_someone_elses_event(client, author, media_root):
    event = _own_event(make_user(groups=[AUTHOR]))
    client.force_login(author)

    response = client.post(_url(event.pk), {"files": [files.upload("a.jpg", files.jpeg_bytes(200, 100))]})

    assert response.status_code == 403
    assert not Photo.objects.exists() and files.stored_files(media_root) == []
    assert "Attach photos and documents" not in client.get(_change(event)).content.decode()


def test_a_reviewer_without_add_permission_is_refused(client, reviewer, media_root):
    event = make_event(status=Status.DRAFT)
    client.force_login(reviewer)

    response = client.post(_url(event.pk), {"files": [files.upload("a.jpg", files.jpeg_bytes(200, 100))]})

    assert response.status_code == 403 and not Photo.objects.exists()


def test_an_unknown_or_malformed_event_is_404(client, author, media_root):
    client.force_login(author)

    assert client.post(_url(999_999), {"files": [files.upload("a.jpg", files.jpeg_bytes(200, 100))]}).status_code == 404
    assert client.post(_url("new%00"), {}).status_code == 404
    assert not Photo.objects.exists()


def test_the_add_form_of_an_unsaved_event_has_no_panel(client, author):
    client.force_login(author)

    page = client.get(reverse("admin:archive_event_add")).content.decode()

    assert "Attach photos and documents" not in page


def test_get_is_not_allowed(client, author):
    event = _own_event(author)
    client.force_login(author)

    assert client.get(_url(event.pk)).status_code == 405


def test_publishing_the_event_publishes_its_ticked_photos_and_documents_too(
    client, author, reviewer, publisher, media_root
):
    from editorial import workflow
    from tests.editorial.admin_forms import editorial_url

    event = _own_event(author, title="Concert")
    client.force_login(author)
    client.post(_url(event.pk), {"files": [files.upload("stage.jpg", files.jpeg_bytes(200, 100))]})
    client.post(_url(event.pk), {"files": [files.upload("programme.pdf", files.pdf_bytes())]})
    photo, document = Photo.objects.get(), Document.objects.get()
    photo.alt_text_en = "The stage before the concert"
    photo.save()
    for record in (event, photo, document):
        workflow.submit(record, by=author)
        workflow.approve(record, by=reviewer)
    event.refresh_from_db()
    client.force_login(publisher)

    page = client.post(editorial_url(event, "act"), {"action": "publish", "version": event.version})
    keys = {str(link["record"]): link["key"] for link in page.context["links"]}
    assert set(keys) == {"stage", "programme"}
    client.post(
        editorial_url(event, "act"),
        {"action": "publish", "version": event.version, "confirmed": "1", "related": list(keys.values())},
    )

    assert Photo.objects.published().get() == photo and Document.objects.published().get() == document


def test_a_failing_disk_stores_nothing_and_says_so(client, author, media_root):
    from unittest import mock

    from django.core.files.storage import FileSystemStorage

    from tests.editorial.test_fault_injection import failing_writes

    event = _own_event(author)
    client.force_login(author)
    uploads = [files.upload(f"IMG_{n}.jpg", files.jpeg_bytes(200, 100)) for n in range(2)]

    with mock.patch.object(FileSystemStorage, "_save", failing_writes(1)):  # the second photo fails
        response = client.post(_url(event.pk), {"files": uploads}, follow=True)

    assert response.redirect_chain[-1][0] == _change(event)
    assert "could not be stored" in response.content.decode()
    assert not Photo.objects.exists()
    assert not AuditEntry.objects.filter(action="create").exclude(object_id=event.pk).exists()
