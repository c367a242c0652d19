"""Records know their public address, so the admin's "View on site" works."""

import pytest
from django.contrib.auth.models import User
from django.utils import translation

from tests.factories import make_document, make_event, make_person, make_photo, make_place

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("make", "segment"),
    [(make_event, "events"), (make_person, "people"), (make_document, "documents"), (make_place, "places")],
)
def test_a_record_gives_its_page_in_the_active_language(make, segment):
    record = make()
    with translation.override("kk"):
        assert record.get_absolute_url() == f"/kk/{segment}/{record.slug}/"


def test_the_admin_view_on_site_link_leads_to_the_public_page(client, media_root):
    photo = make_photo(title="Opening night")
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "x"))
    response = client.get(f"/admin/archive/photo/{photo.pk}/change/")
    assert response.status_code == 200
    shortcut = response.content.decode().split('class="viewsitelink"')[0].rsplit('href="', 1)[1].split('"')[0]
    followed = client.get(shortcut, follow=True)
    assert followed.redirect_chain[-1][0].endswith(f"/photos/{photo.slug}/")
    assert followed.status_code == 200
