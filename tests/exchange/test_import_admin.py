"""The admin's import page: upload, dry-run report, confirm; refused without permission."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from archive.models import Event, Status
from editorial import revisions
from editorial.models import AuditEntry
from tests.factories import make_event, make_user

pytestmark = pytest.mark.django_db
URL = "/admin/import/"


def upload(client, text, name="events.csv", kind="events"):
    return client.post(URL, {"type": kind, "file": SimpleUploadedFile(name, text.encode(), "text/csv")})


def payload_of(response):
    return re.search(r'name="payload" value="([^"]+)"', response.content.decode()).group(1)


def test_upload_shows_a_dry_run_then_confirm_imports_drafts(client, author, counts):
    client.force_login(author)
    assert client.get(URL).status_code == 200
    before = counts()
    response = upload(client, "slug,title_en,date\nfrom-admin,From the admin,2024\n")
    page = response.content.decode()
    assert response.status_code == 200
    assert "From the admin" in page and "New draft" in page
    assert counts() == before
    response = client.post(URL, {"payload": payload_of(response)})
    assert response.status_code == 302
    event = Event.objects.get(slug="from-admin")
    assert event.status == Status.DRAFT
    assert revisions.for_record(event).get().comment == "Imported from events.csv"
    assert AuditEntry.objects.for_record(event).get().actor == author


def test_bad_row_is_shown_by_row_and_column_without_a_confirm_button(client, author, counts):
    client.force_login(author)
    before = counts()
    response = upload(client, "slug,title_en,date\nok,Fine,2024\nbad,Bad,someday\n")
    page = response.content.decode()
    assert re.search(r"<td>2</td><td>date</td>", page)
    assert 'name="payload"' not in page
    assert counts() == before


def test_unreadable_file_is_a_form_error(client, author):
    client.force_login(author)
    response = upload(client, "whatever", name="events.xlsx")
    assert response.status_code == 200
    assert "Give a .csv or .json file." in response.content.decode()


def test_altered_payload_is_refused(client, author, counts):
    client.force_login(author)
    payload = payload_of(upload(client, "slug,title_en\nx,X\n"))
    before = counts()
    assert client.post(URL, {"payload": payload[:-2] + "xx"}).status_code == 400
    assert counts() == before


def test_payload_of_another_user_is_refused(client, author, counts):
    from editorial.rules import AUTHOR

    client.force_login(author)
    payload = payload_of(upload(client, "slug,title_en\nx,X\n"))
    client.force_login(make_user("other", groups=[AUTHOR]))
    assert client.post(URL, {"payload": payload}).status_code == 400
    assert not Event.objects.filter(slug="x").exists()


def test_confirm_checks_again_and_applies_nothing_if_a_row_became_invalid(client, author, counts):
    client.force_login(author)
    payload = payload_of(upload(client, "slug,title_en\nnew-one,New\ntaken,Taken\n"))
    make_event(title="Taken", slug="taken", status=Status.IN_REVIEW, created_by=author)
    before = counts()
    response = client.post(URL, {"payload": payload})
    assert response.status_code == 200
    assert "Nothing was imported" in response.content.decode()
    assert counts() == before


def test_staff_without_editorial_role_or_permissions_is_refused(client, counts):
    client.force_login(make_user("clerk"))
    before = counts()
    assert client.get(URL).status_code == 403
    assert upload(client, "slug,title_en\nx,X\n").status_code == 403
    assert counts() == before


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_admin_index_links_to_the_import_page(client, author):
    client.force_login(author)
    page = client.get("/admin/").content.decode()
    assert f'href="{URL}"' in page
