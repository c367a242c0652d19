"""Running loaddemo again changes nothing, and an editor's changes survive it.

Each test starts from the demo archive as the first run left it: the rows and files of the
process's snapshot (tests/snapshot.py), which that first run made, so only the run under test
is paid for.
"""

import io

import pytest
from django.apps import apps
from django.core.management import call_command

from archive.models import Document, Event, Participation, Photo, Position, Theme
from archive.record_types import RECORD_MODELS
from demo.photos import PHOTOS, featured_event_slugs

pytestmark = pytest.mark.django_db


def fingerprint():
    """Every row of every archive and auth table, including M2M tables, modified stamps and file names."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in ("archive", "auth"):
            rows[model._meta.label] = list(model.objects.order_by("pk").values())
    return rows


@pytest.fixture
def loaded(db):
    """The database and MEDIA_ROOT as a first ``loaddemo`` leaves them, for this test only."""
    from tests import snapshot

    with snapshot.demo().restored():
        yield


def loaddemo(*args):
    output = io.StringIO()
    call_command("loaddemo", *args, stdout=output)
    return output.getvalue()


def test_second_run_changes_no_row(loaded):
    before = fingerprint()

    output = loaddemo()

    assert fingerprint() == before
    assert "created nothing" in output


def test_refresh_of_unchanged_records_changes_no_row(loaded):
    before = fingerprint()

    output = loaddemo("--refresh")

    assert fingerprint() == before
    assert "Refreshed nothing" in output


def test_second_run_does_not_duplicate_rows_or_files(loaded):
    counts = [model.objects.count() for model in (Event, Participation, Position, Photo, Document)]
    files = sorted(photo.image.name for photo in Photo.objects.all())

    loaddemo()

    assert [model.objects.count() for model in (Event, Participation, Position, Photo, Document)] == counts
    assert sorted(photo.image.name for photo in Photo.objects.all()) == files


def test_rerun_keeps_an_editors_change_and_refresh_restores_the_demo_text(loaded):
    event = Event.objects.get(slug="balayeva-dati-paris-2025")
    event.title_en = "Edited in the admin"
    event.save()
    event.participations.filter(person__slug="rachida-dati").delete()

    loaddemo()
    event.refresh_from_db()
    assert event.title_en == "Edited in the admin"
    assert event.participations.count() == 1

    loaddemo("--refresh")
    event.refresh_from_db()
    assert event.title_en == "Aida Balayeva and Rachida Dati meet in Paris"
    assert event.participations.get(person__slug="rachida-dati").role == "Minister of Culture of France"


def test_a_deleted_demo_record_is_created_again(loaded):
    Photo.objects.filter(events__slug="great-steppe-exhibition-ankara-2019").delete()

    output = loaddemo()

    assert "created 1 photos" in output
    photo = Photo.objects.get(slug="photo-great-steppe-exhibition-ankara-2019")
    assert photo.image


def test_rerun_reads_each_record_once_and_writes_nothing(django_assert_max_num_queries, loaded):
    records = sum(model.objects.count() for model in (*RECORD_MODELS, Theme))

    # One look-up per record, one read of each photo's people, a few for accounts, the
    # transaction and the workflow demo's "already loaded?" check.
    with django_assert_max_num_queries(records + len(PHOTOS) + len(featured_event_slugs()) + 9) as captured:
        loaddemo()

    writes = [q["sql"] for q in captured.captured_queries if q["sql"].startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
