"""The page layout in Chromium: a compact phone header, the facts column, maps, print."""

import pytest

from tests.browser.conftest import new_page

#: The phone header (brand, search link, languages, sections) stays under this height.
PHONE_HEADER_MAX = 120


@pytest.fixture(scope="module")
def urls(demo_server, browser):
    page = new_page(browser, demo_server.url)
    try:
        page.goto("/en/events/")
        event = page.locator(".cards .card-title a").first.get_attribute("href")
        page.goto("/en/places/")
        place = page.locator(".cards .card-title a").first.get_attribute("href")
    finally:
        page.context.close()
    return {"event": event, "place": place}


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_phone_header_is_compact_and_offers_one_way_to_search(browser, demo_server, urls, lang):
    page = new_page(browser, demo_server.url, width=375, height=812)
    try:
        for url in [f"/{lang}/", f"/{lang}/events/", urls["event"].replace("/en/", f"/{lang}/", 1), f"/{lang}/map/"]:
            page.goto(url)
            height = page.locator(".site-header").bounding_box()["height"]
            assert height < PHONE_HEADER_MAX, f"{url}: header {height}px"
            assert not page.locator("#header-search-q").is_visible()
            assert page.locator(".site-header .search-link").is_visible()
            # Every section stays reachable: the navigation scrolls sideways within itself.
            assert page.locator(".site-nav a").count() == 8
            scroll_width, width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll_width <= width, url
    finally:
        page.context.close()


def test_the_wide_header_keeps_its_search_box(demo_page):
    demo_page.goto("/en/events/")
    assert demo_page.locator("#header-search-q").is_visible()
    assert not demo_page.locator(".site-header .search-link").is_visible()


def test_a_detail_page_puts_its_facts_beside_the_text_on_a_wide_screen(demo_page, urls):
    demo_page.goto(urls["event"])
    main = demo_page.locator(".record-main").bounding_box()
    facts = demo_page.locator(".record-facts").bounding_box()
    assert facts["x"] > main["x"] + main["width"]
    assert demo_page.locator(".record-facts .map-svg").is_visible()
    assert demo_page.locator(".record-facts .facts").is_visible()


def test_a_detail_page_is_one_column_on_a_phone_with_the_facts_first(browser, demo_server, urls):
    page = new_page(browser, demo_server.url, width=375, height=812)
    try:
        page.goto(urls["place"])
        main = page.locator(".record-main").bounding_box()
        facts = page.locator(".record-facts").bounding_box()
        assert abs(facts["x"] - main["x"]) < 1
        assert facts["y"] < main["y"]
    finally:
        page.context.close()


def test_body_text_and_interface_share_one_typeface(demo_page, urls):
    demo_page.goto(urls["event"])
    fonts = demo_page.evaluate(
        """[".record-body", ".record-summary", ".brand-name", ".site-nav a", ".facts dd"].map(
            (selector) => getComputedStyle(document.querySelector(selector)).fontFamily)"""
    )
    assert len(set(fonts)) == 1, fonts
    assert "serif" not in fonts[0].replace("sans-serif", "")


def test_the_map_markers_are_links_to_their_places_without_script(browser, demo_server, urls):
    page = new_page(browser, demo_server.url, java_script_enabled=False)
    try:
        page.goto("/en/map/")
        marker = page.locator(".map-markers a").first
        label = marker.get_attribute("aria-label")
        marker.click()
        page.wait_for_url("**/en/events/?city=*")
        assert page.locator(".chip").count() == 1
        assert label.split(" (")[0] in page.locator(".chip").inner_text()
    finally:
        page.context.close()


def test_a_printed_record_hides_the_site_and_shows_where_links_lead(demo_page, urls):
    demo_page.goto(urls["event"])
    demo_page.emulate_media(media="print")
    assert not demo_page.locator(".site-header").is_visible()
    assert not demo_page.locator(".site-footer").is_visible()
    after, colour, background = demo_page.evaluate(
        """(() => {
            const link = document.querySelector(".record-facts .facts a");
            return [getComputedStyle(link, "::after").content, getComputedStyle(link).color,
                    getComputedStyle(document.body).backgroundColor];
        })()"""
    )
    assert "/en/places/" in after
    assert colour == "rgb(0, 0, 0)"
    assert background in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
