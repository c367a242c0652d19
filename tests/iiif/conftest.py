import json
from pathlib import Path

import jsonschema
import pytest

from tests.factories import make_photo
from tests.media import files

#: The IIIF Presentation 3 JSON schema of the IIIF validator (see tests/iiif/SCHEMA.md).
SCHEMA = json.loads((Path(__file__).parent / "iiif_3_0.schema.json").read_text())


def assert_valid_manifest(document):
    """Raises with the schema's message when ``document`` is no valid Presentation 3 manifest."""
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def photo_with_image(media):
    """A landscape photo of 2000×1200 pixels with its renditions (1600×960, 800×480, square thumb)."""

    def make(**fields):
        fields.setdefault("title", "Dancers")
        image = files.upload("photo.jpg", files.jpeg_bytes(2000, 1200, comment=b""), "image/jpeg")
        return make_photo(image=image, **fields)

    return make


def get(client, url, **headers):
    """GET ``url`` (with ``headers``); the response with its body read and any file closed."""
    from django.core.signals import request_finished
    from django.db import close_old_connections

    response = client.get(url, headers=headers)
    response.body = b"".join(response.streaming_content) if response.streaming else response.content
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    return response
