"""HEAD answers wherever GET does: link checkers and caches ask HEAD first."""

import pytest
from django.test import Client

from archive.links import record_url
from archive.record_types import RECORD_MODELS
from tests.public_urls import LANGUAGE_PAGES, LIST_PAGES, PLAIN_PAGES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_archive")]


def _urls():
    urls = [*PLAIN_PAGES, "/readyz", "/oai/?verb=Identify"]
    urls += [page.format(lang=lang) for page in (*LIST_PAGES, *LANGUAGE_PAGES) for lang in ("en", "kk")]
    for model in RECORD_MODELS:
        record = model.objects.published().order_by("pk").first()
        urls.append(record_url(record, "ru"))
    return urls


def test_every_public_get_url_answers_head_as_it_answers_get():
    client = Client()
    for url in _urls():
        got = client.get(url)
        head = client.head(url)
        assert head.status_code == got.status_code, url
        assert head.content == b"", url
