"""``/`` sends readers to the archive in their browser's language."""

import pytest


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("kk-KZ,kk;q=0.9,ru;q=0.8", "/kk/"),
        ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_browser_language(client, db, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_prefers_the_language_the_reader_chose(client, db, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    response = client.get("/", headers={"accept-language": "kk"})
    assert response["Location"] == "/ru/"


def test_language_switcher_links_to_the_same_page_in_each_language(client, db):
    response = client.get("/kk/events/?sort=title")
    body = response.content.decode()
    assert 'href="/ru/events/?sort=title" hreflang="ru" lang="ru"' in body
    assert 'href="/en/events/?sort=title" hreflang="en" lang="en"' in body
    assert 'href="/kk/events/?sort=title" hreflang="kk" lang="kk" aria-current="true"' in body
    assert 'href="/fr/events/?sort=title" hreflang="fr" lang="fr"' in body
