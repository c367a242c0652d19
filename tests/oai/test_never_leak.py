"""No record the public may not see reaches a harvester, not even by the name of a link.

The world of tests/test_never_leak.py: hidden records in every state ("Secret …") linked
from public ones wherever a link can be made.
"""

import pytest
from sickle import Sickle

from archive.record_types import RECORD_MODELS
from oai import identifiers
from tests.oai.helpers import BASE_URL, DjangoAdapter, route_requests
from tests.test_never_leak import _build_world


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.MADENI_OAI_PAGE_SIZE = 10
    return _build_world()


@pytest.fixture
def adapter(client, monkeypatch):
    adapter = DjangoAdapter(client)
    route_requests(monkeypatch, adapter)
    return adapter


@pytest.mark.parametrize("prefix", ["oai_dc", "edm"])
def test_no_hidden_record_is_named_in_any_harvest(world, adapter, prefix):
    public, _hidden = world
    sickle = Sickle(BASE_URL)
    specs = [oai_set.setSpec for oai_set in sickle.ListSets()]

    records = list(sickle.ListRecords(metadataPrefix=prefix))
    for spec in specs:
        list(sickle.ListRecords(metadataPrefix=prefix, set=spec))
    for record in public:
        sickle.GetRecord(identifier=identifiers.for_record(record), metadataPrefix=prefix)

    live = {record.header.identifier for record in records if not record.deleted}
    assert live == {
        identifiers.identifier(model._meta.model_name, pk)
        for model in RECORD_MODELS
        for pk in model.objects.published().values_list("pk", flat=True)
    }
    for body in adapter.received:
        assert b"secret" not in body.lower(), "a harvest shows a record the public may not see"
