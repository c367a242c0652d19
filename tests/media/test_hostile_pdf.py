"""A PDF built to exhaust the server is read in a bounded child process; the document is kept anyway."""

import time

import pytest
from django.contrib.messages import get_messages

from archive.media import documents
from archive.models import Document
from tests.factories import make_document
from tests.media import files
from tests.media.helpers import document_form_data

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/archive/document/add/"


def _upload(client, name, data):
    started = time.monotonic()
    response = client.post(ADD_URL, document_form_data(file=files.upload(name, data)))
    return response, time.monotonic() - started


def test_a_pdf_that_takes_too_long_to_read_is_stored_and_says_so(staff_client, media_root, settings):
    settings.MADENI_PDF_EXTRACT_SECONDS = 1

    response, seconds = _upload(staff_client, "bomb.pdf", files.stream_bomb_pdf())

    assert response.status_code == 302
    assert seconds < 10  # each page alone takes pypdf seconds
    document = Document.objects.get()
    assert document.text_status == Document.TextStatus.TIMEOUT
    assert document.page_count == 12 and document.original_filename == "bomb.pdf"
    assert files.stored_files(media_root) == [document.file.name]
    warnings = [str(message) for message in get_messages(response.wsgi_request) if message.level_tag == "warning"]
    assert warnings == ["The file was saved, but its text was not extracted for search (gave up: it took too long)."]
    page = staff_client.get(f"/admin/archive/document/{document.pk}/change/")
    assert "Gave up: it took too long" in page.content.decode()


def test_a_pdf_that_needs_too_much_memory_is_stored_and_says_so(staff_client, media_root, settings):
    settings.MADENI_PDF_EXTRACT_SECONDS = 20
    settings.MADENI_PDF_EXTRACT_MB = 100

    response, seconds = _upload(staff_client, "bomb.pdf", files.stream_bomb_pdf())

    assert response.status_code == 302
    assert seconds < 10
    document = Document.objects.get()
    assert document.text_status == Document.TextStatus.MEMORY
    assert files.stored_files(media_root) == [document.file.name]


def test_counting_the_pages_of_a_hostile_pdf_is_bounded_and_refuses_it(staff_client, media_root, settings):
    settings.MADENI_PDF_EXTRACT_SECONDS = 1

    response, seconds = _upload(staff_client, "tree.pdf", files.page_tree_bomb_pdf())

    assert response.status_code == 200
    assert seconds < 10
    errors = response.context["adminform"].form.errors["file"]
    # Within the second, pypdf's own guard may give up first: either way it is refused, in time.
    assert errors in (
        ["“tree.pdf” was refused: reading the PDF needed more time or memory than allowed. Nothing was saved."],
        ["“tree.pdf” was refused: the PDF is damaged or cannot be read. Nothing was saved."],
    )
    assert not Document.objects.exists()
    assert files.stored_files(media_root) == []


def test_a_readable_pdf_says_its_text_was_extracted(media_root):
    document = make_document(file=files.upload("a.pdf", files.pdf_bytes(["Abai in Paris"])))

    assert document.text_status == Document.TextStatus.EXTRACTED
    assert "Abai in Paris" in document.extracted_text


def test_a_pdf_pypdf_cannot_parse_is_reported_unreadable(settings):
    extracted = documents.extract(files.upload("junk.pdf", b"%PDF-1.7\n" + b"junk " * 100), "pdf")

    assert (extracted.status, extracted.text, extracted.complete) == (documents.UNREADABLE, "", False)


def test_text_read_before_the_time_limit_is_kept(settings):
    settings.MADENI_PDF_EXTRACT_SECONDS = 2
    pdf = files.stream_bomb_pdf(first_page="Astana Opera on tour")

    extracted = documents.extract(files.upload("a.pdf", pdf), "pdf")

    assert (extracted.status, extracted.complete, extracted.page_count) == (documents.TIMEOUT, False, 12)
    assert extracted.text == "Astana Opera on tour"
