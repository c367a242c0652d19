"""Reading the public pages the way a visitor sees them."""

import re


def result_count(page):
    """The number in a list's "N records" heading."""
    return int(re.search(r"\d+", page.locator(".result-count").inner_text()).group())


def facet_values(page, param):
    """{label: count} of one facet in a list's sidebar."""
    values = {}
    for item in page.locator(f"#facet-{param} li").all():
        label = item.locator("a").inner_text().replace("✓", "").split("(")[0].strip()
        values[label] = int(item.locator(".count").inner_text())
    return values


def chips(page):
    return [chip.inner_text() for chip in page.locator(".chips .chip").all()]


def card_count(page):
    return page.locator(".cards > li").count()
