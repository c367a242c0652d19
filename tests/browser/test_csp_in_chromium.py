"""Chromium reports no Content-Security-Policy violation on the public pages or in the admin."""

import pytest

from tests.browser.conftest import new_page

WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


@pytest.fixture
def watched_page(browser, demo_server):
    page = new_page(browser, demo_server.url)
    page.add_init_script(WATCH)
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    yield page
    page.context.close()


def _violations(page, urls):
    found = {}
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        assert response.headers.get("content-security-policy"), url
        page.wait_for_load_state("load")
        problems = page.evaluate("window.__cspViolations") + [
            text for text in page.console_errors if "Content Security Policy" in text
        ]
        page.console_errors.clear()
        if problems:
            found[url] = problems
    return found


def test_public_pages_break_no_rule_of_their_policy(watched_page):
    page = watched_page
    urls = ["/en/", "/kk/timeline/", "/en/search/?q=Balaeva", "/ru/events/?country=kazakhstan"]
    for kind in ("events", "people", "programs", "documents", "organizations", "places", "photos"):
        urls.append(f"/en/{kind}/")
        page.goto(f"/en/{kind}/")
        urls.append(page.locator(".cards .card-title a").first.get_attribute("href"))

    assert not _violations(page, urls)


def test_admin_pages_break_no_rule_of_their_policy(watched_page, django_db_blocker):
    from archive.models import Event, Photo
    from tests.factories import make_user

    with django_db_blocker.unblock():
        make_user("csp-curator", is_superuser=True)
        event, photo = Event.objects.order_by("pk").first(), Photo.objects.order_by("pk").first()
    page = watched_page
    assert not _violations(page, ["/admin/login/"])
    page.fill("input[name=username]", "csp-curator")
    page.fill("input[name=password]", "pw")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")

    urls = [
        "/admin/",
        "/admin/archive/event/",
        f"/admin/archive/event/{event.pk}/change/",
        "/admin/archive/event/add/",
        f"/admin/archive/photo/{photo.pk}/change/",
        f"/admin/archive/event/{event.pk}/history/",
        "/admin/otp_totp/totpdevice/add/",
    ]
    assert not _violations(page, urls)
