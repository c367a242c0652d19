"""The photo heading a detail page is its largest paint: it loads at once, the rest lazily.

Lighthouse flagged the lazy-loaded event photo as the page's largest contentful paint.
"""

import re

import pytest
from django.template.loader import render_to_string

from archive.links import record_url
from tests.factories import make_event, make_person, make_photo
from tests.media import files

pytestmark = pytest.mark.django_db

IMG = re.compile(r"<img [^>]*>")


def _photo(name, **fields):
    return make_photo(image=files.upload(name, files.jpeg_bytes(600, 400)), **fields)


def test_portrait_and_large_photos_load_eagerly_and_cards_lazily(media_root):
    photo = _photo("a.jpg")

    def img(size):
        (tag,) = IMG.findall(render_to_string("includes/photo.html", {"photo": photo, "size": size}))
        return tag

    for size in ("portrait", "large"):
        assert 'loading="eager" fetchpriority="high"' in img(size)
    for size in ("card", "thumb"):
        assert 'loading="lazy"' in img(size) and "fetchpriority" not in img(size)


def test_an_events_first_photo_loads_eagerly_and_its_gallery_lazily(client, media_root):
    event = make_event(title="Opera night")
    _photo("a.jpg", title="Curtain call", events=[event])
    _photo("b.jpg", title="Foyer", events=[event])

    html = client.get(record_url(event, "en")).content.decode()

    tags = IMG.findall(html)
    assert len(tags) >= 2
    assert sum('fetchpriority="high"' in tag for tag in tags) == 1
    assert 'loading="eager"' in tags[0]
    assert all('loading="lazy"' in tag for tag in tags[1:])


def test_a_persons_portrait_loads_eagerly(client, media_root):
    person = make_person(name="Ainur", photo=_photo("p.jpg", alt_text="Ainur on stage"))

    html = client.get(record_url(person, "en")).content.decode()

    (portrait,) = (tag for tag in IMG.findall(html) if 'alt="Ainur on stage"' in tag)
    assert 'loading="eager" fetchpriority="high"' in portrait
