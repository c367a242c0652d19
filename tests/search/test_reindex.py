"""manage.py reindex rebuilds the index for records that arrived without a save."""

import pytest
from django.core.management import CommandError, call_command

from archive.models import Event, SearchEntry, Status

from .conftest import titles


def test_reindex_makes_bulk_loaded_records_findable(search):
    Event.objects.bulk_create(
        [Event(title=f"Bulk concert {n}", slug=f"bulk-{n}", status=Status.PUBLISHED) for n in range(3)]
    )
    assert search(q="bulk").context["count"] == 0
    call_command("reindex", stdout=None)
    assert sorted(titles(search(q="bulk"))) == ["Bulk concert 0", "Bulk concert 1", "Bulk concert 2"]


def test_reindex_drops_entries_of_records_that_no_longer_exist(db):
    SearchEntry.objects.create(kind="event", object_id=987654, status=Status.PUBLISHED, title="ghost")
    call_command("reindex", "event")
    assert not SearchEntry.objects.filter(object_id=987654).exists()


def test_reindex_refuses_an_unknown_kind(db):
    with pytest.raises(CommandError, match="Unknown kind"):
        call_command("reindex", "spaceship")
