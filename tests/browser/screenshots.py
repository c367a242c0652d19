"""Save PNG screenshots of the archive's key pages into docs/screenshots/.

Run through ``bin/screenshots``, which serves the demo archive from a throwaway
database; or point it at any running server, optionally naming the files to shoot:

    python -m tests.browser.screenshots http://127.0.0.1:8000 [admin-event-form.png …]

Admin pages are shot when ``MADENI_SCREENSHOT_USER`` and ``MADENI_SCREENSHOT_PASSWORD``
name a superuser of that server (``bin/screenshots`` makes a throwaway one).
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def first_card_link(page, list_url):
    page.goto(list_url)
    return page.locator(".cards .card-title a").first.get_attribute("href")


def two_facets_url(page):
    """The events list after clicking two facet values, as a visitor would."""
    page.goto("/en/events/")
    page.locator("#facet-country a").first.click()
    page.locator("#facet-type a").first.click()
    return page.url


def shots(page):
    """(file name, URL, viewport) of each screenshot, found by browsing."""
    event = first_card_link(page, "/en/events/?q=&sort=-date")
    person = page.goto("/en/search/?q=Тлендиев") and page.locator(".search-result a").first.get_attribute("href")
    return [
        ("home.png", "/en/", DESKTOP),
        ("events-two-facets.png", two_facets_url(page), DESKTOP),
        ("event-detail.png", event, DESKTOP),
        ("person-detail.png", person, DESKTOP),
        ("search-results.png", "/en/search/?q=Balaeva", DESKTOP),
        ("timeline.png", "/en/timeline/", DESKTOP),
        ("timeline-century.png", "/en/timeline/?century=2000", DESKTOP),
        ("timeline-decade.png", "/en/timeline/?decade=2020", DESKTOP),
        ("timeline-year.png", "/en/timeline/?year=2025", DESKTOP),
        ("timeline-year-kazakh.png", "/kk/timeline/?year=2017", DESKTOP),
        ("phone-timeline-year.png", "/en/timeline/?year=2025", PHONE),
        ("kazakh-events.png", "/kk/events/", DESKTOP),
        ("russian-person-detail.png", person.replace("/en/", "/ru/", 1), DESKTOP),
        ("phone-events.png", "/en/events/", PHONE),
        ("phone-event-detail.png", event, PHONE),
        ("events-map.png", "/en/map/", DESKTOP),
        ("places-map.png", "/en/places/", DESKTOP),
        ("place-detail.png", "/en/places/kazakhstan/", DESKTOP),
        ("phone-place-detail.png", "/en/places/almaty/", PHONE),
    ]


def admin_shots(page):
    """The editorial admin's pages, after logging in (none without the account in the environment)."""
    username, password = os.environ.get("MADENI_SCREENSHOT_USER"), os.environ.get("MADENI_SCREENSHOT_PASSWORD")
    if not (username and password):
        return []
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto("/admin/archive/event/?q=Dati")
    event = page.locator("#result_list tbody th a").first.get_attribute("href")
    return [("admin-event-form.png", event, DESKTOP)]


def main(base_url, only=()):
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(base_url=base_url, locale="en-GB", viewport=DESKTOP)
        page = context.new_page()
        for name, url, viewport in [*shots(page), *admin_shots(page)]:
            if only and name not in only:
                continue
            page.set_viewport_size(viewport)
            page.goto(url)
            page.screenshot(path=OUT / name)
            print(f"{OUT / name}  {url}")  # noqa: T201
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000", only=sys.argv[2:])
