"""A visitor browses the demo archive: events, two facets, search, a detail page, languages.

And the same with JavaScript switched off. One module, so the demo archive is loaded once.
"""

import re

import pytest

from tests.browser.conftest import new_page
from tests.browser.helpers import card_count, chips, facet_values, result_count


def test_two_facets_narrow_events_to_exactly_the_counts_they_announce(demo_page):
    page = demo_page
    page.goto("/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").click()
    page.wait_for_url("**/en/events/")
    total = result_count(page)
    assert total > 24, "the demo has more events than one page"
    assert chips(page) == []

    # First facet: the most frequent event type.
    types = facet_values(page, "type")
    event_type, type_count = max(types.items(), key=lambda item: item[1])
    assert 0 < type_count < total
    page.locator("#facet-type a", has_text=event_type).click()
    page.wait_for_url(re.compile(r"[?&]type="))
    assert result_count(page) == type_count
    assert card_count(page) == min(type_count, 24)
    assert len(chips(page)) == 1 and event_type in chips(page)[0]
    # A facet with a value chosen counts without its own filter: the other types stay, to add.
    assert facet_values(page, "type")[event_type] == type_count
    assert facet_values(page, "type") == types

    # Second facet: a country, counted within the chosen type.
    countries = facet_values(page, "country")
    country, country_count = min(countries.items(), key=lambda item: item[1])
    assert 0 < country_count <= type_count
    page.locator("#facet-country a", has_text=country).click()
    page.wait_for_url(re.compile(r"country="))
    assert result_count(page) == country_count
    assert card_count(page) == min(country_count, 24)
    assert len(chips(page)) == 2
    assert facet_values(page, "country")[country] == country_count
    assert facet_values(page, "type")[event_type] == country_count

    # Removing the type chip keeps only the country.
    page.get_by_role("link", name=re.compile("Remove filter Type")).click()
    page.wait_for_url(re.compile(r"^(?!.*type=).*country="))
    assert len(chips(page)) == 1 and country in chips(page)[0]
    assert result_count(page) >= country_count


def test_search_finds_people_in_either_script_and_opens_their_page(demo_page):
    page = demo_page
    page.goto("/en/events/")
    search = page.get_by_role("search").first
    search.get_by_role("searchbox").fill("Тлендиев")
    search.get_by_role("button").click()
    page.wait_for_url(re.compile(r"/en/search/\?q="))
    person = page.locator(".search-result-person a").first
    assert "Tlendiyev" in person.inner_text()

    page.locator("#search-q").fill("Balaeva")
    page.locator("#search-q").press("Enter")
    page.wait_for_url(re.compile(r"q=Balaeva"))
    assert int(re.search(r"\d+", page.locator(".search-count").inner_text()).group()) >= 1
    person = page.locator(".search-result-person a").first
    assert "Balayeva" in person.inner_text()
    person.click()
    page.wait_for_url(re.compile(r"/en/people/[\w-]+/$"))
    assert "Balayeva" in page.locator("h1").inner_text()
    assert page.locator(".breadcrumbs a", has_text="People").count() == 1


def test_language_switcher_keeps_the_record_and_changes_the_language(demo_page):
    page = demo_page
    page.goto("/en/events/")
    page.locator(".cards .card-title a").first.click()
    page.wait_for_url(re.compile(r"/en/events/[\w-]+/$"))
    path = page.url.split("/en/", 1)[1]
    assert page.locator("html").get_attribute("lang") == "en"

    for code in ("kk", "ru", "en"):
        switcher = page.locator(".language-switcher")
        switcher.locator(f"a[hreflang={code}]").click()
        page.wait_for_url(f"**/{code}/{path}")
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator(f".language-switcher a[hreflang={code}]").get_attribute("aria-current") == "true"
        assert page.locator("h1").inner_text().strip()
        # The navigation links stay in the chosen language.
        assert page.locator(".site-nav a").first.get_attribute("href") == f"/{code}/events/"


@pytest.fixture
def page_without_js(browser, demo_server):
    page = new_page(browser, demo_server.url, java_script_enabled=False)
    yield page
    page.context.close()


def test_facets_year_range_sort_and_search_work_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/en/events/")
    total = result_count(page)

    country, count = next(iter(facet_values(page, "country").items()))
    page.locator("#facet-country a", has_text=country).click()
    page.wait_for_url(re.compile(r"country="))
    assert result_count(page) == count < total
    assert len(chips(page)) == 1

    # The year form keeps the facet (hidden field) and narrows further.
    page.locator("#year_from").fill("2020")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"year_from=2020"))
    assert "country=" in page.url
    assert len(chips(page)) == 2
    assert result_count(page) <= count

    page.locator("#header-search-q").fill("Balaeva")
    page.locator("#header-search-q").press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=Balaeva"))
    assert page.locator(".search-result").count() >= 1
    page.locator(".search-facets a", has_text="People").click()
    page.wait_for_url(re.compile(r"type=person"))
    assert page.locator(".search-result").count() == page.locator(".search-result-person").count() >= 1
