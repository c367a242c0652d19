"""The timeline in Chromium: zoom by keyboard, and every level reached with JavaScript switched off."""

from tests.browser.conftest import new_page


def test_the_timeline_zooms_from_century_to_year_without_javascript(browser, demo_server):
    page = new_page(browser, demo_server.url, java_script_enabled=False)
    try:
        page.goto("/en/timeline/?country=france")
        page.locator(".timeline-bars a", has_text="2000–2099").click()
        assert "century=2000" in page.url and "country=france" in page.url
        page.locator(".timeline-bars a", has_text="2020s").click()
        assert "decade=2020" in page.url and "country=france" in page.url
        page.locator(".timeline-bars a", has_text="2025").click()
        assert "year=2025" in page.url and "country=france" in page.url
        assert page.locator(".spans .span").count() > 0
        assert page.locator(".span-bar").count() == page.locator(".spans .span").count()
        assert page.locator("#year-heading").inner_text() == "2025"
        # The filter form changes the type and keeps the zoom level.
        page.select_option("#timeline-type", "meeting")
        page.locator(".timeline-filters button").click()
        assert "year=2025" in page.url and "type=meeting" in page.url
    finally:
        page.context.close()


def test_keyboard_users_can_zoom_and_see_the_focus(demo_page):
    page = demo_page
    page.goto("/en/timeline/")
    page.locator(".timeline-filters button").focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('bucket')"):
            break
    assert page.evaluate("document.activeElement.classList.contains('bucket')")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    page.wait_for_url("**/timeline/?century=*")
    assert page.locator(".timeline-zoom [aria-current]").count() == 1
