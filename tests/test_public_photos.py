"""Photos on public pages: renditions through the one photo include, a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_event, make_person, make_photo
from tests.media import files


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def _photo(**fields):
    image = files.upload("photo.jpg", files.jpeg_bytes(900, 600, comment=b""), "image/jpeg")
    return make_photo(image=image, **fields)


def test_photo_page_shows_the_picture_with_its_alt_text_and_opengraph_image(client, db, media):
    photo = _photo(title="Dancers", alt_text="Dancers bow at the Palais Garnier")
    body = client.get(f"/en/photos/{photo.slug}/").content.decode()
    assert "<picture" in body
    assert 'alt="Dancers bow at the Palais Garnier"' in body
    assert f'<meta property="og:image" content="http://testserver{photo.rendition_url("medium")}' in body
    assert "/media/" not in body


def test_event_and_person_pages_show_their_photos(client, db, media):
    person = make_person(name="Aida Balayeva")
    event = make_event(title="Gala", participants=[person])
    _photo(title="On stage", events=[event], people=[person])
    for url in ("/en/events/gala/", "/en/people/aida-balayeva/", "/en/photos/"):
        assert "<picture" in client.get(url).content.decode(), url


def test_photo_list_runs_as_many_queries_for_six_pictures_as_for_two(client, db, media):
    for number in range(2):
        _photo(title=f"Photo {number}")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/photos/")
    for number in range(2, 6):
        _photo(title=f"Photo {number}")
    with CaptureQueriesContext(connection) as more:
        response = client.get("/en/photos/")
    assert response.content.decode().count("<picture") == 6
    assert len(more) == len(few)
