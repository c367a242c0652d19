"""Photo and event pages point IIIF viewers at their manifests; photo pages offer the full size."""

import pytest

from archive.models import Status
from tests.factories import make_event, make_photo

pytestmark = pytest.mark.django_db


def test_photo_page_links_its_manifest_and_its_full_size(client, photo_with_image):
    photo = photo_with_image(title="Dancers")
    manifest = f"http://testserver/iiif/photo/{photo.slug}/manifest.json"

    body = client.get(f"/kk/photos/{photo.slug}/").content.decode()

    assert '<link rel="alternate" type="application/ld+json;profile=&quot;' in body
    assert f'href="{manifest}"' in body
    assert f'href="{manifest}?manifest=http%3A%2F%2Ftestserver%2Fiiif%2Fphoto%2F{photo.slug}%2Fmanifest.json"' in body
    assert f'<a href="{photo.full_size_rendition().url()}">' in body
    assert "1600 × 960" in body
    assert client.get(manifest).status_code == 200


def test_photo_page_without_renditions_offers_no_manifest(client, db):
    photo = make_photo(image=None)

    body = client.get(f"/en/photos/{photo.slug}/").content.decode()

    assert "/iiif/" not in body
    assert 'class="full-size"' not in body


def test_event_page_links_its_manifest_only_when_it_has_published_photos(client, photo_with_image):
    with_photos, without = make_event(title="Gala"), make_event(title="Lecture")
    photo_with_image(events=[with_photos])
    photo_with_image(events=[without], status=Status.DRAFT)

    shown = client.get(f"/en/events/{with_photos.slug}/").content.decode()
    hidden = client.get(f"/en/events/{without.slug}/").content.decode()

    assert f'href="http://testserver/iiif/event/{with_photos.slug}/manifest.json"' in shown
    assert "/iiif/" not in hidden
