"""The API's Swagger UI page draws the schema in Chromium without breaking the CSP."""

import pytest

from tests.browser.test_csp_in_chromium import WATCH


@pytest.mark.django_db(transaction=True)
def test_api_docs_page_shows_every_operation_within_the_csp(page):
    page.add_init_script(WATCH)
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    response = page.goto("/api/v1/docs/")
    page.locator(".swagger-ui .info .title").wait_for()

    assert response.status == 200 and response.headers.get("content-security-policy")
    assert "Madeni API" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path", has_text="/api/v1/events/{slug}/").count() == 1
    assert not page.evaluate("window.__cspViolations")
    assert not [text for text in errors if "Content Security Policy" in text]
