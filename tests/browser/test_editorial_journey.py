"""The editors' whole journey in Chromium, from an empty archive to a public page.

An author creates an event, makes its place through the "+" window, drops two photos
and attaches a PDF on the event form, and submits everything; a reviewer approves from
the dashboard with the bulk action; a publisher publishes the event with its related
records; an anonymous visitor sees the event, its photos, its PDF and its place.

With ``MADENI_SCREENSHOTS_DIR`` set (``docs/screenshots``), the dashboard, the tabbed
event form and the publish-with-related page are saved there on the way.
"""

import base64
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import new_page
from tests.browser.test_csp_in_chromium import WATCH
from tests.media import files

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Days of Kazakh Culture in Lyon"
PLACE = "Lyon Opera House"

DROP = """(zone, photos) => {
  const transfer = new DataTransfer();
  for (const photo of photos) {
    const bytes = Uint8Array.from(atob(photo.data), (c) => c.charCodeAt(0));
    transfer.items.add(new File([bytes], photo.name, {type: "image/jpeg"}));
  }
  for (const type of ["dragenter", "dragover", "drop"]) {
    zone.dispatchEvent(new DragEvent(type, {dataTransfer: transfer, bubbles: true, cancelable: true}));
  }
}"""


def _screenshot(page, name, **options):
    folder = os.environ.get("MADENI_SCREENSHOTS_DIR")
    if folder:
        page.screenshot(path=Path(folder) / name, **options)


def _log_in(browser, live_server, username):
    page = new_page(browser, live_server.url)
    page.add_init_script(WATCH)
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def _bulk(page, action):
    """Tick every row of the list on screen and run a bulk action on them."""
    page.check("#action-toggle")
    page.select_option("select[name=action]", action)
    page.click("button[name=index]")
    expect(page.locator(".messagelist .success")).to_be_visible()


def _create_event_with_a_new_place(page):
    page.goto("/admin/archive/event/add/")
    page.fill("#id_title_en", TITLE)
    page.fill("#id_date", "2026-05-14")
    with page.expect_popup() as opened:
        page.click("#add_id_place")
    popup = opened.value
    popup.fill("#id_name_en", PLACE)
    popup.select_option("#id_kind", "venue")
    with popup.expect_event("close"):
        popup.click("input[name=_save]")
    expect(page.locator("#id_place option:checked")).to_have_text(PLACE)
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was created as a draft")


def _attach_two_photos_and_a_pdf(page, tmp_path):
    photos = [
        {"name": name, "data": base64.b64encode(files.jpeg_bytes(640, 480)).decode()}
        for name in ("Opening_night.jpg", "Dombra_ensemble.jpg")
    ]
    page.locator("[data-event-media-drop]").evaluate(DROP, photos)
    pdf = tmp_path / "Programme.pdf"
    pdf.write_bytes(files.pdf_bytes(["Days of Kazakh Culture in Lyon: programme"]))
    page.set_input_files("#id_event_media_files", str(pdf))
    expect(page.locator("[data-event-media-progress] li.refused")).to_have_count(0)
    expect(page.locator("[data-event-media-progress] li.done")).to_have_count(3)
    expect(page.locator("[data-event-media-progress] progress").first).to_have_attribute("value", "100")
    expect(page.locator('[data-event-media-list="photo"] li')).to_have_count(2)
    expect(page.locator('[data-event-media-list="document"] li')).to_have_text(["Programme"])


def _write_alt_texts(page):
    for link in page.locator('[data-event-media-list="photo"] a').all():
        href = link.get_attribute("href")
        editor = page.context.new_page()
        editor.goto(href)
        editor.fill("#id_alt_text_en", "Performers on the stage of the Lyon Opera House")
        editor.click("input[name=_save]")
        expect(editor.locator(".messagelist .success")).to_be_visible()
        editor.close()


def _submit_everything(page):
    """The event by its button; the photos, the PDF and the place from the author's desk."""
    page.click("button[name=action][value=submit]")
    expect(page.locator(".messagelist")).to_be_visible()
    page.goto("/admin/")
    links = [a.get_attribute("href") for a in page.locator("#desk-my_drafts li a").all()]
    assert len(links) == 3  # documents, photos, places
    for href in links:
        page.goto(href)
        _bulk(page, "bulk_submit")


def test_an_event_with_its_media_goes_from_author_to_public(browser, live_server, tmp_path):
    from archive.links import record_url
    from archive.models import Document, Event, Photo, Place, Status
    from editorial.rules import AUTHOR, PUBLISHER, REVIEWER
    from tests.factories import make_user

    make_user("amina", groups=[AUTHOR])
    make_user("bolat", groups=[REVIEWER])
    make_user("dana", groups=[PUBLISHER])

    # The author: event, new place through "+", two dropped photos and a PDF, then submit.
    author = _log_in(browser, live_server, "amina")
    _create_event_with_a_new_place(author)
    author.wait_for_selector(".translation-tabs:not([hidden])")
    _attach_two_photos_and_a_pdf(author, tmp_path)
    _screenshot(author, "admin-event-media.png", full_page=True)
    _write_alt_texts(author)
    author.reload()
    _submit_everything(author)
    assert not author.evaluate("window.__cspViolations")
    author.context.close()
    event = Event.objects.get(title_en=TITLE)
    assert event.status == Status.IN_REVIEW
    assert Photo.objects.filter(events=event, status=Status.IN_REVIEW).count() == 2
    assert Document.objects.filter(events=event, status=Status.IN_REVIEW).count() == 1
    assert Place.objects.get(name_en=PLACE).status == Status.IN_REVIEW

    # The reviewer: the dashboard lists them; approve each kind with the bulk action.
    reviewer = _log_in(browser, live_server, "bolat")
    expect(reviewer.locator("#desk-to_review .desk-count")).to_have_text("5")
    _screenshot(reviewer, "admin-dashboard.png")
    links = {a.inner_text(): a.get_attribute("href") for a in reviewer.locator("#desk-to_review li a").all()}
    assert set(links) == {"Events: 1", "Photos: 2", "Documents: 1", "Places: 1"}
    reviewer.click("#desk-to_review li a:has-text('Events: 1')")
    expect(reviewer.locator("#result_list tbody tr")).to_have_count(1)
    _bulk(reviewer, "bulk_approve")
    for label, href in links.items():
        if label != "Events: 1":
            reviewer.goto(href)
            _bulk(reviewer, "bulk_approve")
    reviewer.context.close()

    # The publisher: "Publish" on the event, with its photos, PDF and place ticked.
    publisher = _log_in(browser, live_server, "dana")
    publisher.goto(f"/admin/archive/event/{event.pk}/change/")
    publisher.click("button[name=action][value=publish]")
    related = publisher.locator(".publish-related input[name=related]")
    expect(related).to_have_count(4)
    for box in related.all():
        expect(box).to_be_checked()
        expect(box).to_be_enabled()
    expect(publisher.locator(".publish-related")).to_contain_text(PLACE)
    expect(publisher.locator(".publish-related")).to_contain_text("Programme")
    _screenshot(publisher, "admin-publish-with-related.png")
    publisher.click(".submit-row input[type=submit]")
    expect(publisher.locator(".messagelist .success").first).to_be_visible()
    publisher.context.close()

    # The visitor: the public event page, its photos from /files/, its PDF and its place.
    event.refresh_from_db()
    visitor = new_page(browser, live_server.url)
    assert visitor.goto(record_url(event, "en")).status == 200
    expect(visitor.locator("h1")).to_contain_text(TITLE)
    expect(visitor.locator("main")).to_contain_text(PLACE)
    gallery = visitor.locator(".gallery img")
    expect(gallery).to_have_count(2)
    for image in gallery.all():
        assert image.get_attribute("src").startswith("/files/")
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")
    visitor.click("#documents-heading + ul a:has-text('Programme')")
    download = visitor.locator(".download a[download]").get_attribute("href")
    response = visitor.request.get(download)
    assert response.status == 200 and response.body().startswith(b"%PDF-")
    visitor.context.close()
