"""The sitemap lists every public record in every language, with hreflang alternates."""

import re

from archive.models import Status
from tests.factories import make_document, make_event, make_person


def _locations(client, url):
    return re.findall(r"<loc>([^<]+)</loc>", client.get(url).content.decode())


def test_sitemap_index_lists_one_section_per_record_type(client, db):
    sections = _locations(client, "/sitemap.xml")
    assert "http://testserver/sitemap-events.xml" in sections
    assert "http://testserver/sitemap-people.xml" in sections
    assert "http://testserver/sitemap-pages.xml" in sections


def test_sitemap_lists_each_public_record_in_every_language(client, db):
    event = make_event(title="Days of Kazakh Culture in Paris")
    make_event(title="Unpublished", status=Status.DRAFT)
    make_person(name="Aida Balayeva")
    make_document(title="Speech")
    locations = _locations(client, "/sitemap-events.xml")
    assert sorted(locations) == sorted(
        f"http://testserver/{lang}/events/{event.slug}/" for lang in ("en", "kk", "ru", "fr")
    )
    body = client.get("/sitemap-events.xml").content.decode()
    assert f'hreflang="kk" href="http://testserver/kk/events/{event.slug}/"' in body
    assert "http://testserver/en/people/aida-balayeva/" in _locations(client, "/sitemap-people.xml")


def test_sitemap_lists_the_home_page_and_lists(client, db):
    locations = _locations(client, "/sitemap-pages.xml")
    assert "http://testserver/ru/" in locations
    assert "http://testserver/kk/events/" in locations
    assert "http://testserver/en/timeline/" in locations


def test_unknown_sitemap_section_is_not_found(client, db):
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_sitemap_pages_split_records_and_languages_without_gaps_or_repeats(client, db, monkeypatch):
    from archive.views.sitemaps import RecordSitemap

    monkeypatch.setattr(RecordSitemap, "limit", 3)
    events = [make_event(title=f"Event {number}") for number in range(3)]
    pages = [_locations(client, f"/sitemap-events.xml?p={page}") for page in (1, 2, 3, 4)]
    assert [len(page) for page in pages] == [3, 3, 3, 3]
    assert client.get("/sitemap-events.xml?p=5").status_code == 404
    found = [location for page in pages for location in page]
    expected = [f"http://testserver/{lang}/events/{e.slug}/" for e in events for lang in ("en", "kk", "ru", "fr")]
    assert found == expected
    assert "http://testserver/sitemap-events.xml?p=4" in _locations(client, "/sitemap.xml")
