"""Helpers shared by the media tests."""


def photo_form_data(**fields):
    """The least the photo admin form needs, plus ``fields``."""
    return {
        "title_en": "Astana Opera in Paris",
        "rights": "http://rightsstatements.org/vocab/UND/1.0/",
        "status": "draft",
    } | fields


def document_form_data(**fields):
    """The least the document admin form needs, plus ``fields``."""
    from archive.models import Rights

    return {
        "title_en": "Nomination file",
        "doc_type": "nomination",
        "status": "draft",
        "rights": Rights.UNDETERMINED,
    } | fields


def fetch(client, url, method="get"):
    """Request a URL; return the response with its body read and its file closed.

    Closing is done as Django's test client does it, without the request_finished
    handler that would close the test's database connection.
    """
    from django.core.signals import request_finished
    from django.db import close_old_connections

    response = getattr(client, method)(url)
    response.body = b"".join(response.streaming_content) if response.streaming else response.content
    request_finished.disconnect(close_old_connections)
    try:
        response.close()  # a HEAD response drops its stream unread
    finally:
        request_finished.connect(close_old_connections)
    return response
