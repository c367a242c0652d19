"""Citation downloads exist for every public record, and for nothing else."""

import json

import bibtexparser
import pytest
import rispy

from tests.factories import (
    hidden_states,
    make_country,
    make_document,
    make_event,
    make_organization,
    make_person,
    make_photo,
    make_program,
)

FACTORIES = {
    "events": lambda **f: make_event(title="Item", **f),
    "people": lambda **f: make_person(name="Item", **f),
    "programs": lambda **f: make_program(title="Item", **f),
    "documents": lambda **f: make_document(title="Item", **f),
    "organizations": lambda **f: make_organization(name="Item", **f),
    "places": lambda **f: make_country(name="Item", **f),
    "photos": lambda **f: make_photo(title="Item", **f),
}


@pytest.mark.parametrize("segment", FACTORIES)
@pytest.mark.parametrize("fmt", ["ris", "bib", "json"])
def test_every_public_record_type_can_be_cited(client, db, media_root, segment, fmt):
    FACTORIES[segment]()
    response = client.get(f"/en/cite/{segment}/item.{fmt}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="item.{fmt}"'
    parse = {"ris": rispy.loads, "bib": lambda text: bibtexparser.loads(text).entries, "json": json.loads}[fmt]
    [entry] = parse(response.content.decode())
    assert "Item" in (entry.get("title") or entry.get("TI") or "")


@pytest.mark.parametrize("state", list(hidden_states()))
def test_citing_a_record_the_public_cannot_see_is_a_404(client, db, state):
    make_event(title="Item", **hidden_states()[state])
    for fmt in ("ris", "bib", "json"):
        assert client.get(f"/en/cite/events/item.{fmt}").status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/en/cite/events/item.pdf", "/en/cite/nothing/item.ris", "/en/cite/events/missing.ris", "/en/cite/events/item"],
)
def test_unknown_formats_types_and_slugs_are_404(client, db, url):
    make_event(title="Item")
    assert client.get(url).status_code == 404


def test_citation_downloads_refuse_writes(client, db):
    make_event(title="Item")
    assert client.post("/en/cite/events/item.ris").status_code == 405
