"""Every error condition of OAI-PMH 2.0 (section 3.6), by GET and by POST, each a valid response."""

import pytest

from archive.models import Status
from oai import identifiers
from tests import factories as f
from tests.oai.helpers import NS, errors, parse, validate

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(db):
    return f.make_event(title="Open Event")


def _ask(client, method, query):
    if method == "get":
        return parse(client.get("/oai/", query))
    return parse(client.post("/oai/", query))


CASES = [
    # badVerb: missing, unknown, repeated
    ({}, "badVerb"),
    ({"verb": "Frobnicate"}, "badVerb"),
    ({"verb": ["Identify", "Identify"]}, "badVerb"),
    ({"verb": ["Identify", "ListSets"]}, "badVerb"),
    # badArgument: illegal, missing, repeated arguments; bad dates
    ({"verb": "Identify", "metadataPrefix": "oai_dc"}, "badArgument"),
    ({"verb": "ListSets", "set": "type:event"}, "badArgument"),
    ({"verb": "ListMetadataFormats", "metadataPrefix": "oai_dc"}, "badArgument"),
    ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
    ({"verb": "GetRecord", "identifier": "oai:x:event/1"}, "badArgument"),
    ({"verb": "ListRecords"}, "badArgument"),
    ({"verb": "ListIdentifiers"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "edm"]}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2025-13-01"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "2025-01-01T10:00:00"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "2025-01-01T10:00:00+05:00"}, "badArgument"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2025-01-01T10:00Z"}, "badArgument"),
    (
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-01-01", "until": "2030-01-01T00:00:00Z"},
        "badArgument",
    ),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2030-01-02", "until": "2030-01-01"}, "badArgument"),
    ({"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"}, "badArgument"),
    ({"verb": "ListIdentifiers", "resumptionToken": "x", "set": "type:event"}, "badArgument"),
    ({"verb": "Identify", "resumptionToken": "x"}, "badArgument"),
    # badResumptionToken
    ({"verb": "ListRecords", "resumptionToken": "not-a-token"}, "badResumptionToken"),
    ({"verb": "ListIdentifiers", "resumptionToken": ""}, "badResumptionToken"),
    ({"verb": "ListSets", "resumptionToken": "anything"}, "badResumptionToken"),
    # cannotDisseminateFormat
    ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
    ({"verb": "ListIdentifiers", "metadataPrefix": "OAI_DC"}, "cannotDisseminateFormat"),
    # noRecordsMatch
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "2000-01-01"}, "noRecordsMatch"),
    ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2999-01-01T00:00:00Z"}, "noRecordsMatch"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "type:dragon"}, "noRecordsMatch"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "program:no-such-program"}, "noRecordsMatch"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "type:photo"}, "noRecordsMatch"),
    ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "nonsense"}, "noRecordsMatch"),
]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(("query", "code"), CASES)
def test_each_error_condition_is_answered_with_its_code(client, event, method, query, code):
    tree = _ask(client, method, query)

    validate(tree)
    assert errors(tree) == [code]
    if code in ("badVerb", "badArgument"):
        assert tree.find("oai:request", NS).attrib == {}, "badVerb and badArgument echo the base URL only"


@pytest.mark.parametrize(
    "identifier",
    ["oai:madeni.local:event/999999", "oai:other.org:event/1", "event/1", "oai:madeni.local:dragon/1", ""],
)
def test_an_unknown_identifier_does_not_exist(client, event, identifier):
    for query in (
        {"verb": "GetRecord", "identifier": identifier, "metadataPrefix": "oai_dc"},
        {"verb": "ListMetadataFormats", "identifier": identifier},
    ):
        tree = _ask(client, "get", query)
        validate(tree)
        assert errors(tree) == ["idDoesNotExist"]


def test_a_record_that_was_never_public_does_not_exist(client, db):
    draft = f.make_event(title="Secret draft", status=Status.DRAFT)

    tree = _ask(
        client, "get", {"verb": "GetRecord", "identifier": identifiers.for_record(draft), "metadataPrefix": "edm"}
    )

    assert errors(tree) == ["idDoesNotExist"]
    assert b"Secret" not in client.get("/oai/", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}).content


def test_an_unknown_format_for_a_known_record_cannot_be_disseminated(client, event):
    query = {"verb": "GetRecord", "identifier": identifiers.for_record(event), "metadataPrefix": "mods"}

    assert errors(_ask(client, "get", query)) == ["cannotDisseminateFormat"]


def test_a_forged_or_foreign_resumption_token_is_refused(client, event, settings):
    from oai import tokens

    settings.MADENI_OAI_PAGE_SIZE = 1
    f.make_event(title="Second")
    first = _ask(client, "get", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"})
    token = first.find("oai:ListIdentifiers/oai:resumptionToken", NS).text

    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert errors(_ask(client, "get", {"verb": "ListIdentifiers", "resumptionToken": tampered})) == [
        "badResumptionToken"
    ]
    # A ListIdentifiers token does not resume ListRecords.
    assert errors(_ask(client, "get", {"verb": "ListRecords", "resumptionToken": token})) == ["badResumptionToken"]
    assert tokens.load(token, "ListIdentifiers").cursor == 1


def test_every_error_response_is_served_as_xml_with_status_200(client, db):
    response = client.get("/oai/", {"verb": "Nope"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"


def test_other_http_methods_are_not_allowed(client, db):
    assert client.put("/oai/?verb=Identify").status_code == 405
    assert client.delete("/oai/?verb=Identify").status_code == 405


def test_no_metadata_formats_and_no_set_hierarchy_cannot_happen(client, event):
    """Every record has both formats and the repository has sets: those two codes are never answered."""
    formats = _ask(client, "get", {"verb": "ListMetadataFormats", "identifier": identifiers.for_record(event)})
    sets = _ask(client, "get", {"verb": "ListSets"})

    validate(formats)
    validate(sets)
    assert len(formats.findall("oai:ListMetadataFormats/oai:metadataFormat", NS)) == 2
    assert sets.find("oai:ListSets/oai:set", NS) is not None
