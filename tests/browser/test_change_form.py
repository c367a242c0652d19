"""The event change form in Chromium: it fits a 1280 px window, and its language tabs work."""

import pytest

from tests.browser.conftest import new_page
from tests.browser.test_csp_in_chromium import WATCH

WIDTH = 1280


@pytest.fixture
def editor_page(browser, demo_server, django_db_blocker):
    """A logged-in superuser's tab on the demo archive, at 1280 × 900."""
    from django.contrib.auth import get_user_model

    from tests.factories import make_user

    with django_db_blocker.unblock():
        if not get_user_model().objects.filter(username="form-curator").exists():  # the demo server outlives a test
            make_user("form-curator", is_superuser=True)
    page = new_page(browser, demo_server.url, width=WIDTH)
    page.add_init_script(WATCH)
    page.goto("/admin/login/")
    page.fill("input[name=username]", "form-curator")
    page.fill("input[name=password]", "pw")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    yield page
    page.context.close()


def _busiest_event(django_db_blocker):
    """The demo event with the most participants: the widest inline."""
    from django.db.models import Count

    from archive.models import Event

    with django_db_blocker.unblock():
        return Event.objects.annotate(n=Count("participations")).order_by("-n", "pk").first()


def _visible(page, selector):
    return page.locator(selector).evaluate("el => el.offsetParent !== null")


def test_event_change_form_fits_within_1280_pixels(editor_page, django_db_blocker):
    event = _busiest_event(django_db_blocker)
    page = editor_page
    assert page.goto(f"/admin/archive/event/{event.pk}/change/").status == 200
    page.wait_for_selector(".translation-tabs:not([hidden])")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    assert page.locator("#participations-group tbody tr.has_original").count() >= 2
    # The workflow buttons sit at the top, above the record's fields.
    workflow_top = page.locator(".editorial-top").bounding_box()["y"]
    assert workflow_top < page.locator("#content-main form#event_form").bounding_box()["y"]
    assert not page.evaluate("window.__cspViolations")


def test_language_tabs_show_one_language_at_a_time(editor_page, django_db_blocker):
    event = _busiest_event(django_db_blocker)
    page = editor_page
    page.goto(f"/admin/archive/event/{event.pk}/change/")
    tabs = page.locator(".translation-tabs [role=tab]")
    assert tabs.count() == 4
    assert page.locator("#translation-tab-en").get_attribute("aria-selected") == "true"
    assert _visible(page, "#id_title_en") and not _visible(page, "#id_title_kk")
    assert not _visible(page, "#participations-group th.column-role_kk")

    page.click("#translation-tab-kk")
    assert page.locator("#translation-tab-kk").get_attribute("aria-selected") == "true"
    assert _visible(page, "#id_title_kk") and _visible(page, "#id_summary_kk")
    assert not _visible(page, "#id_title_en") and not _visible(page, "#id_body_en")
    assert _visible(page, "#participations-group th.column-role_kk")
    # Fields that are not translated stay in every tab.
    assert _visible(page, "#id_date")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH

    # A participant added now follows the chosen language too.
    page.click("#participations-group .add-row a")
    added = page.locator("#participations-group tr.dynamic-participations").last
    assert added.locator("td.field-role_kk").is_visible() and not added.locator("td.field-role_en").is_visible()

    page.focus("#translation-tab-kk")
    page.keyboard.press("ArrowRight")
    assert page.locator("#translation-tab-ru").get_attribute("aria-selected") == "true"
    assert _visible(page, "#id_title_ru")


def test_empty_language_tab_is_marked_and_the_mark_follows_typing(editor_page, django_db_blocker):
    from archive.models import Status
    from tests.factories import make_event

    with django_db_blocker.unblock():
        event = make_event(status=Status.DRAFT, title_en="Open Day", title_kk="Ашық есік күні")
    page = editor_page
    page.goto(f"/admin/archive/event/{event.pk}/change/")
    empty_fr = page.locator("#translation-tab-fr [data-state=empty]")
    assert empty_fr.is_visible()
    assert "(empty)" in empty_fr.text_content()  # said to screen readers too
    assert page.locator("#translation-tab-kk [data-state=incomplete]").is_visible()
    assert not page.locator("#translation-tab-en [data-state=empty]").is_visible()

    page.click("#translation-tab-fr")
    page.fill("#id_title_fr", "Journée portes ouvertes")
    assert not empty_fr.is_visible()
    assert page.locator("#translation-tab-fr [data-state=incomplete]").is_visible()


def test_outdated_translation_is_marked_on_its_tab_and_row(editor_page, django_db_blocker):
    from archive.models import Status
    from editorial import workflow
    from tests.factories import make_event

    with django_db_blocker.unblock():
        event = make_event(status=Status.DRAFT, title_en="Open Day", title_kk="Ашық есік күні")
        workflow.saved(event, by=None, created=True)
        event.title_en = "Open Day in Astana"
        event.save()
        workflow.saved(event, by=None)
    page = editor_page
    page.goto(f"/admin/archive/event/{event.pk}/change/")
    assert page.locator("#translation-tab-kk [data-state=outdated]").is_visible()
    assert not page.locator("#translation-tab-ru [data-state=outdated]").count()
    page.click("#translation-tab-kk")
    assert "translation-outdated" in page.locator(".form-row.field-title_kk").get_attribute("class")
    assert page.locator("#outdated-translations").is_visible()
