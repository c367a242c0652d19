"""Single and multiple photo uploads start from the same rights statement."""

from django.contrib import admin

from archive.admin.media import PhotoUploadForm
from archive.models import Photo, Rights
from tests.factories import make_user


def test_single_and_multiple_upload_share_one_rights_default(client, db):
    client.force_login(make_user("boss", is_superuser=True))
    single = client.get("/admin/archive/photo/add/").context["adminform"].form
    multiple = PhotoUploadForm(admin_site=admin.site)
    assert single["rights"].value() == multiple["rights"].value() == Photo._meta.get_field("rights").default
    assert Photo._meta.get_field("rights").default == Rights.UNDETERMINED
