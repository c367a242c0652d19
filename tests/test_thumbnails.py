"""Thumbnails from the renditions on cards, the home page and related records; the photo page's full size and zoom."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Status
from tests.factories import make_event, make_person, make_photo, make_program
from tests.media import files

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def _photo(**fields):
    image = files.upload("photo.jpg", files.jpeg_bytes(900, 600, comment=b""), "image/jpeg")
    return make_photo(image=image, **fields)


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_event_cards_show_the_first_public_photo_lazily_with_a_srcset(client):
    event = make_event(title="Gala")
    _photo(title="Draft photo", events=[event], status=Status.DRAFT, alt_text="Hidden")
    _photo(title="Stage", events=[event], alt_text="The stage")
    _photo(title="Second", events=[event], alt_text="Another")
    body = client.get("/en/events/").content.decode()
    card = body.split('class="card card-event"', 1)[1].split("</article>", 1)[0]
    assert card.count("<picture") == 1
    assert 'alt="The stage"' in card
    assert 'loading="lazy"' in card and "srcset=" in card and 'type="image/webp"' in card
    assert "Hidden" not in body


def test_an_event_card_without_a_public_photo_shows_no_picture(client):
    event = make_event(title="Quiet")
    _photo(events=[event], status=Status.DRAFT)
    body = client.get("/en/events/").content.decode()
    assert "<picture" not in body


def test_the_home_page_shows_event_thumbnails(client):
    _photo(events=[make_event(title="Gala")], alt_text="Dancers")
    body = client.get("/en/").content.decode()
    assert 'alt="Dancers"' in body


def test_related_records_show_thumbnails(client):
    portrait = _photo(title="Portrait", alt_text="Portrait of Aida")
    person = make_person(name="Aida Balayeva", photo=portrait)
    program = make_program(title="Days of Culture")
    event = make_event(title="Gala", participants=[person], programs=[program])
    _photo(events=[event], alt_text="On stage")
    event_page = client.get(f"/en/events/{event.slug}/").content.decode()
    participants = event_page.split('id="participants-heading"', 1)[1].split("</section>", 1)[0]
    assert 'class="thumb-inline"' in participants and 'alt="Portrait of Aida"' in participants
    for url in (f"/en/programs/{program.slug}/", f"/en/people/{person.slug}/"):
        body = client.get(url).content.decode()
        assert 'class="thumb-inline"' in body and 'alt="On stage"' in body, url


def test_lists_and_related_records_run_as_many_queries_with_many_photos_as_with_few(client):
    person = make_person(name="Aida Balayeva", photo=_photo())
    program = make_program(title="Days of Culture")

    def add_events(count):
        for _ in range(count):
            event = make_event(participants=[person], programs=[program])
            _photo(events=[event])
            _photo(events=[event])

    add_events(2)
    urls = ["/en/events/", "/en/", f"/en/programs/{program.slug}/", f"/en/people/{person.slug}/"]
    few = {url: _count_queries(client, url) for url in urls}
    add_events(4)
    for url in urls:
        count, body = _count_queries(client, url)
        assert count == few[url][0], url
        assert body.count("<picture") > few[url][1].count("<picture"), url


def test_the_photo_page_links_to_the_largest_rendition_and_zooms_without_javascript(client):
    photo = _photo(title="Dancers", alt_text="Dancers bow")
    largest = photo.largest_rendition()
    assert largest.spec == "large" and largest.format == "jpg"
    body = client.get(f"/en/photos/{photo.slug}/").content.decode()
    assert f'<a href="{largest.url()}">Full size ({largest.width} × {largest.height} pixels)</a>' in body
    zoom = body.split('<details class="photo-zoom">', 1)[1].split("</details>", 1)[0]
    assert "<summary>Zoom in</summary>" in zoom
    assert f'src="{largest.url()}"' in zoom and 'tabindex="0"' in zoom and 'alt="Dancers bow"' in zoom


def test_a_photo_without_renditions_offers_no_zoom(client):
    photo = make_photo(image=None, title="Empty")
    body = client.get(f"/en/photos/{photo.slug}/").content.decode()
    assert "photo-zoom" not in body and "Full size" not in body
