"""The OpenAPI schema is valid, the docs page works under the CSP, and schemathesis finds nothing wrong."""

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate

from archive import record_types
from tests.factories import make_country, make_linked_records

from .conftest import SEGMENTS


@pytest.mark.django_db
def test_schema_is_valid_openapi_3(client):
    response = client.get("/api/v1/schema/?format=json")

    schema = json.loads(response.content)
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert {f"/api/v1/{segment}/" for segment in SEGMENTS} <= set(schema["paths"])
    assert {f"/api/v1/{segment}/{{slug}}/" for segment in SEGMENTS} <= set(schema["paths"])


@pytest.mark.django_db
def test_schema_documents_the_public_filters(client):
    schema = json.loads(client.get("/api/v1/schema/?format=json").content)

    parameters = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/events/"]["get"]["parameters"]}

    assert {"type", "country", "city", "program", "person", "organization", "theme", "q", "cursor"} <= set(parameters)
    assert parameters["year_from"]["type"] == "integer"
    assert parameters["type"]["type"] == "array"  # a facet takes several values
    assert "concert" in parameters["type"]["items"]["enum"]
    assert "sort" not in parameters


@pytest.mark.django_db
def test_docs_page_loads_swagger_ui_from_this_site_under_the_csp(client):
    response = client.get("/api/v1/docs/")

    html = response.content.decode()
    assert response.status_code == 200
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == policy["style-src"] == "'self'"
    assert policy["img-src"] == "'self' data:", "Swagger UI's icons are data: URIs"
    assert "<style" not in html and "<script>" not in html, "the CSP refuses inline code"
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "/static/api/docs.css" in html
    assert "/api/v1/docs/?script=" in html


@pytest.mark.django_db
def test_docs_start_up_script_points_at_the_schema(client):
    response = client.get("/api/v1/docs/?script=")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert "/api/v1/schema/" in response.content.decode()


@pytest.mark.django_db
def test_public_pages_keep_a_policy_without_data_images(client):
    response = client.get("/en/events/")

    assert "data:" not in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js",
        "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css",
        "/static/api/docs.css",
    ],
)
def test_docs_assets_are_served_from_this_site(client, path):
    from tests.media.helpers import fetch

    assert fetch(client, path).status_code == 200


@pytest.fixture
def _connection_kept_between_requests():
    """Keep the test's database connection (and its transaction) open after each WSGI request.

    Django's test client does this for its own requests; schemathesis calls the WSGI
    application directly, whose ``request_started`` and ``request_finished`` would close it.
    """
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.usefixtures("_connection_kept_between_requests")
def test_api_answers_every_generated_request_within_its_schema(media_root):
    """Schemathesis: requests made from the schema, through the whole WSGI stack, over linked records.

    Every operation gets 15 generated requests (parameters of every shape, the slugs of real
    records among them); any 5xx, or an answer its schema does not allow, fails.
    """
    from config.wsgi import application

    make_linked_records(2, country=make_country())
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
    operations = [result.ok() for result in schema.get_all_operations()]

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate()

        check()
    assert len(operations) == 2 * len(SEGMENTS) + 1

    # Random slugs find nothing: every detail of a real record must match its schema too.
    details = [operation for operation in operations if "{slug}" in operation.path]
    for operation in details:
        segment = operation.path.split("/")[3]
        # (Not through the test client: it would reconnect the signals the fixture disconnected.)
        for slug in record_types.by_segment(segment).model.objects.published().values_list("slug", flat=True):
            operation.Case(path_parameters={"slug": slug}).call_and_validate()
    assert len(details) == len(SEGMENTS)
