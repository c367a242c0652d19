"""Several photos uploaded onto an event at once become validated drafts linked to it."""

import pytest
from django.urls import reverse

from archive.models import Photo, Rights, Status
from tests.factories import make_event, make_user
from tests.media import files

pytestmark = pytest.mark.django_db

URL = reverse("admin:archive_photo_upload")


def _post(client, event, uploads, **fields):
    data = {"event": event.pk, "images": uploads, "rights": Rights.CC_BY, "credit": "Akorda press service"}
    return client.post(URL, data | fields)


def test_several_photos_become_drafts_of_the_event(staff_client, media_root):
    event = make_event(title="Days of Kazakh Culture in Paris")
    uploads = [files.upload(f"IMG_{n}.jpg", files.jpeg_bytes(800, 600)) for n in range(3)]

    response = _post(staff_client, event, uploads, date="2025-09-25")

    assert response.status_code == 302
    photos = list(Photo.objects.order_by("title"))
    assert [p.title for p in photos] == ["IMG 0", "IMG 1", "IMG 2"]
    for photo in photos:
        assert photo.status == Status.DRAFT
        assert list(photo.events.all()) == [event]
        assert photo.rights == Rights.CC_BY and photo.credit == "Akorda press service"
        assert photo.date == "2025-09-25"
        assert photo.renditions.count() == 6
        assert photo.created_by is not None


def test_each_uploaded_photo_gets_its_revision_and_audit_entry(staff_client, media_root):
    from editorial.models import AuditEntry, Revision

    event = make_event()
    uploads = [files.upload(f"IMG_{n}.jpg", files.jpeg_bytes(400, 300)) for n in range(2)]

    _post(staff_client, event, uploads)

    user = staff_client.session["_auth_user_id"]
    for photo in Photo.objects.all():
        revision = Revision.objects.for_record(photo).get()
        assert str(revision.created_by_id) == user
        assert [pk for pk, _label in revision.content["m2m"]["events"]] == [event.pk]
        entry = AuditEntry.objects.for_record(photo).get()
        assert (entry.action, str(entry.actor_id), entry.revision) == ("create", user, revision)


def test_a_failed_audit_entry_stores_no_photo(staff_client, media_root, monkeypatch):
    from editorial import audit

    real_log, calls = audit.log, []

    def log_then_fail(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("audit log unavailable")
        return real_log(*args, **kwargs)

    monkeypatch.setattr(audit, "log", log_then_fail)
    uploads = [files.upload(f"IMG_{n}.jpg", files.jpeg_bytes(400, 300)) for n in range(2)]

    with pytest.raises(RuntimeError):
        _post(staff_client, make_event(), uploads)

    assert not Photo.objects.exists()


def test_one_bad_file_stores_none_and_names_the_culprit(staff_client, media_root):
    event = make_event()
    uploads = [
        files.upload("good.jpg", files.jpeg_bytes()),
        files.upload("evil.jpg", files.HTML_PAGE),
        files.upload("bomb.png", files.bomb_png()),
    ]

    response = _post(staff_client, event, uploads)

    assert response.status_code == 200
    errors = response.context["form"].errors["images"]
    assert len(errors) == 2
    assert errors[0].startswith("“evil.jpg” was refused")
    assert errors[1].startswith("“bomb.png” was refused")
    assert not Photo.objects.exists()
    assert files.stored_files(media_root) == []


def test_the_form_opens_with_the_event_chosen(staff_client):
    from archive.admin.media import upload_photos_url

    event = make_event()
    response = staff_client.get(upload_photos_url(event))
    assert response.status_code == 200
    assert response.context["form"].initial == {"event": str(event.pk)}
    assert b"multiple" in response.content


def test_staff_without_add_permission_cannot_upload(client, media_root):
    client.force_login(make_user(is_staff=True))
    response = _post(client, make_event(), [files.upload("a.jpg", files.jpeg_bytes())])
    assert response.status_code == 403
    assert not Photo.objects.exists()


def test_anonymous_users_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_photo_list_links_to_the_upload_page(staff_client):
    response = staff_client.get(reverse("admin:archive_photo_changelist"))
    assert URL.encode() in response.content
