"""Replacing the file of a published photo makes pending changes; the public keeps the old file."""

import pytest
from django.core.files.storage import default_storage

from archive.models import Photo
from editorial import revisions
from tests.editorial.admin_forms import change_url, editorial_url, form_data
from tests.editorial.files import png
from tests.factories import make_photo, publish_through_workflow


@pytest.fixture
def photo(author):
    return make_photo(title="Opening night", image=png("old.png", color="blue"), created_by=author)


def test_new_image_of_a_live_photo_waits_for_publish(client, photo, author, reviewer, publisher):
    old_name = photo.image.name
    client.force_login(author)
    page = client.get(change_url(photo))
    response = client.post(change_url(photo), {**form_data(page), "image": png("new.png", size=(10, 10))})
    assert response.status_code == 302, response.context["adminform"].form.errors

    live = Photo.objects.get(pk=photo.pk)
    assert live.image.name == old_name and live.has_pending_changes
    new_name = revisions.pending(live).content["fields"]["image"]
    assert new_name != old_name and default_storage.exists(new_name) and default_storage.exists(old_name)
    assert Photo.objects.published().get(pk=photo.pk).image.name == old_name

    publish_through_workflow(live, author=author, reviewer=reviewer, publisher=publisher)
    published = Photo.objects.published().get(pk=photo.pk)
    assert published.image.name == new_name
    assert (published.width, published.height) == (10, 10)


def test_diff_shows_old_and_new_file_with_size_and_thumbnail(client, photo, author, admin_user):
    client.force_login(author)
    page = client.get(change_url(photo))
    client.post(change_url(photo), {**form_data(page), "image": png("new.png")})
    pending = revisions.pending(Photo.objects.get(pk=photo.pk))

    client.force_login(admin_user)
    response = client.get(editorial_url(photo, "diff"), {"a": "live", "b": pending.number})
    page = response.content.decode()
    assert photo.image.name in page and pending.content["fields"]["image"] in page
    assert page.count("<img src=") >= 2
    assert "bytes" in page


def test_new_file_of_a_live_document_waits_for_publish(client, author, reviewer, publisher):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from archive.models import Document
    from tests.factories import make_document

    document = make_document(created_by=author, file=SimpleUploadedFile("old.txt", b"old text"))
    old_name = document.file.name
    client.force_login(author)
    page = client.get(change_url(document))
    new_file = SimpleUploadedFile("new.txt", b"the new text")
    response = client.post(change_url(document), {**form_data(page), "file": new_file})
    assert response.status_code == 302, response.context["adminform"].form.errors

    assert Document.objects.published().get(pk=document.pk).file.name == old_name
    new_name = revisions.pending(Document.objects.get(pk=document.pk)).content["fields"]["file"]
    assert new_name != old_name and default_storage.exists(new_name)

    live = Document.objects.get(pk=document.pk)
    publish_through_workflow(live, author=author, reviewer=reviewer, publisher=publisher)
    assert Document.objects.published().get(pk=document.pk).file.name == new_name
    with default_storage.open(new_name) as stored:
        assert stored.read() == b"the new text"
