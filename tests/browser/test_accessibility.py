"""axe-core finds no serious or critical WCAG violation on the archive's pages.

And on a phone no page needs sideways scrolling.
"""

import pytest

from tests.browser.conftest import new_page, serious_violations

LISTS = ["events", "people", "programs", "documents", "organizations", "places", "photos"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def pages_to_check(page, lang):
    """Home, each list, a detail page of each type, filtered lists, search results, the timeline and the maps."""
    urls = [f"/{lang}/"]
    for kind in LISTS:
        urls.append(f"/{lang}/{kind}/")
        page.goto(f"/{lang}/{kind}/")
        urls.append(page.locator(".cards .card-title a").first.get_attribute("href"))
    urls += [
        f"/{lang}/events/?country=kazakhstan&type=ceremony",
        f"/{lang}/search/?q=Balaeva",
        f"/{lang}/search/?q=Тлендиев&type=person",
        f"/{lang}/search/",
        f"/{lang}/timeline/",
        # The maps: the events map, whole and filtered (the places list and place pages are above).
        f"/{lang}/map/",
        f"/{lang}/map/?country=kazakhstan",
        f"/{lang}/timeline/?century=2000",
        f"/{lang}/timeline/?decade=2020&type=meeting",
        f"/{lang}/timeline/?year=2025&country=france",
    ]
    return urls


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_axe_finds_no_serious_violations(demo_page, axe, lang):
    page = demo_page
    urls = pages_to_check(page, lang)
    assert len(set(urls)) == len(urls) == 25
    found = {}
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == lang
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.response["passes"], f"axe checked nothing on {url}"
        if problems := serious_violations(results):
            found[url] = problems
    assert not found, "\n".join(f"{url}:\n  " + "\n  ".join(problems) for url, problems in found.items())


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_pages_fit_a_phone_screen_without_sideways_scrolling(browser, demo_server, lang):
    page = new_page(browser, demo_server.url, width=390, height=844)
    try:
        too_wide = {}
        for url in pages_to_check(page, lang):
            page.goto(url)
            scroll_width, width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            if scroll_width > width:
                too_wide[url] = scroll_width
        assert not too_wide, f"wider than 390px: {too_wide}"
    finally:
        page.context.close()


def test_axe_check_reports_a_page_with_known_violations(browser, axe):
    """Guards the checks above against passing vacuously."""
    page = browser.new_page()
    try:
        page.set_content('<html><body><img src="x.png"><a href="#x"></a><p style="color:#ccc">pale</p></body></html>')
        found = " ".join(serious_violations(axe.run(page)))
        for rule in ("image-alt", "link-name", "color-contrast", "html-has-lang"):
            assert rule in found
    finally:
        page.close()


def test_keyboard_users_can_skip_to_the_content_and_see_where_focus_is(demo_page):
    page = demo_page
    page.goto("/en/events/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip.bounding_box()["y"] >= 0, "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "the focused element has a visible outline"
