"""``manage.py bench_oai`` harvests every page and reports what it took."""

import io

import pytest
from django.core.management import call_command

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_it_harvests_every_page_and_reports_the_counts(settings):
    settings.MADENI_OAI_PAGE_SIZE = 2
    for _n in range(5):
        f.make_event()
    out = io.StringIO()

    call_command("bench_oai", "--prefix", "edm", stdout=out)

    assert out.getvalue().startswith("ListRecords edm: 5 items in 3 pages")
