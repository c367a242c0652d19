"""Preview per language: ``?lang=`` switches the page, language links stay on the preview, a banner
says it is a draft (with a link back to the form), and linked draft media show — only in preview."""

import re

import pytest
from django.test import Client
from django.utils import timezone

from archive.models import Document, Event, Photo, Status
from editorial import workflow
from tests.editorial.admin_forms import change_url, editorial_url
from tests.factories import make_document, make_event, make_person, make_photo, make_user


@pytest.fixture
def event(author):
    event = make_event(
        status=Status.DRAFT,
        created_by=author,
        title_en="Days of Culture",
        title_kk="Мәдениет күндері",
        title_ru="Дни культуры",
        title_fr="Journées de la culture",
    )
    workflow.saved(event, by=author, created=True)  # revision #1
    return event


def language_links(page):
    """{hreflang: href} of the header's language switcher."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', page, re.S).group()
    return {code: href.replace("&amp;", "&") for href, code in re.findall(r'href="([^"]+)" hreflang="(\w+)"', nav)}


def test_preview_is_shown_in_the_language_asked_for(client, event, reviewer):
    client.force_login(reviewer)
    url = editorial_url(event, "preview")
    for code, title in [("kk", "Мәдениет күндері"), ("ru", "Дни культуры"), ("fr", "Journées de la culture")]:
        response = client.get(url, {"lang": code})
        page = response.content.decode()
        assert response.status_code == 200
        assert f'<html lang="{code}">' in page
        assert f"<h1>{title}</h1>" in page


def test_language_links_of_a_preview_stay_on_the_preview(client, event, reviewer):
    client.force_login(reviewer)
    url = editorial_url(event, "preview")
    links = language_links(client.get(url, {"revision": 1, "lang": "kk"}).content.decode())
    assert set(links) == {"en", "kk", "ru", "fr"}
    for code, href in links.items():
        assert href.startswith(url + "?") and f"lang={code}" in href and "revision=1" in href
    page = client.get(links["fr"]).content.decode()
    assert "<h1>Journées de la culture</h1>" in page


def test_preview_has_a_draft_banner_with_a_link_back_to_the_form(client, event, reviewer):
    client.force_login(reviewer)
    page = client.get(editorial_url(event, "preview"), {"lang": "ru"}).content.decode()
    assert 'class="preview-banner"' in page
    assert f'href="{change_url(event)}"' in page
    assert "editorial/preview.css" in page


def test_public_pages_have_no_preview_banner(client):
    event = make_event(title_en="Open Day")
    page = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "preview-banner" not in page and "editorial/preview.css" not in page


@pytest.mark.parametrize("lang", ["xx", "de", "../en"])
def test_unknown_preview_language_is_not_found(client, event, reviewer, lang):
    client.force_login(reviewer)
    assert client.get(editorial_url(event, "preview"), {"lang": lang}).status_code == 404


def test_preview_shows_linked_draft_photos_and_documents(client, event, reviewer):
    photo = make_photo(status=Status.DRAFT, title_en="Backstage, not yet public", events=[event])
    document = make_document(status=Status.DRAFT, title_en="Programme booklet draft", events=[event])
    archived = make_document(status=Status.ARCHIVED, title_en="Withdrawn leaflet", events=[event])
    client.force_login(reviewer)
    page = client.get(editorial_url(event, "preview"), {"lang": "en"}).content.decode()
    assert "Backstage, not yet public" in page
    assert "Programme booklet draft" in page
    assert "Withdrawn leaflet" not in page
    # Nothing changed for anyone else.
    assert Photo.objects.get(pk=photo.pk).status == Status.DRAFT
    assert Document.objects.get(pk=document.pk).status == Status.DRAFT
    assert Document.objects.get(pk=archived.pk).status == Status.ARCHIVED


def test_draft_media_stay_off_the_public_page(client, author):
    live = make_event(title_en="Open Day", created_by=author)
    make_photo(status=Status.DRAFT, title_en="Backstage, not yet public", events=[live])
    page = Client().get(f"/en/events/{live.slug}/").content.decode()
    assert "Open Day" in page and "Backstage, not yet public" not in page


def test_preview_of_a_person_shows_their_draft_portrait_and_documents(client, reviewer):
    person = make_person(status=Status.DRAFT, name_en="Aida Balayeva")
    make_document(status=Status.DRAFT, title_en="Speech notes, unpublished", authors=[person])
    client.force_login(reviewer)
    page = client.get(editorial_url(person, "preview")).content.decode()
    assert "Speech notes, unpublished" in page


def test_draft_linked_people_still_stay_hidden_in_preview(client, reviewer):
    hidden = make_person(name="Unannounced Guest", status=Status.DRAFT)
    draft = make_event(status=Status.DRAFT, participants=[(hidden, "Guest")])
    client.force_login(reviewer)
    assert "Unannounced Guest" not in client.get(editorial_url(draft, "preview")).content.decode()


def test_share_link_preview_switches_language_without_a_link_back(client, event, publisher):
    link = workflow.share(event, by=publisher, days=3)
    url = f"/editorial/share/{link.token}/"
    make_photo(status=Status.DRAFT, title_en="Backstage, not yet public", events=[event])
    visitor = Client()
    page = visitor.get(url, {"lang": "kk"}).content.decode()
    assert "<h1>Мәдениет күндері</h1>" in page
    assert 'class="preview-banner"' in page and "/admin/" not in page
    assert language_links(page)["fr"] == f"{url}?lang=fr"
    assert "<h1>Journées de la culture</h1>" in visitor.get(url, {"lang": "fr"}).content.decode()
    # Draft media are for staff previews only.
    assert "Backstage, not yet public" not in page
    assert visitor.get(url, {"lang": "xx"}).status_code == 404


def test_preview_in_another_language_leaves_the_record_as_it_was(client, event, reviewer):
    before = Event.objects.filter(pk=event.pk).values().get()
    client.force_login(reviewer)
    client.get(editorial_url(event, "preview"), {"lang": "kk"})
    assert Event.objects.filter(pk=event.pk).values().get() == before
    assert not Event.objects.published(now=timezone.now()).filter(pk=event.pk).exists()


def test_preview_languages_refused_without_an_editorial_role(client, event):
    client.force_login(make_user("plain"))
    response = client.get(editorial_url(event, "preview"), {"lang": "kk"})
    assert response.status_code in (403, 404)
    assert "Мәдениет күндері" not in response.content.decode()
