"""Uploaded documents: text extracted for search, page count and size recorded, names sanitised."""

import pytest

from archive.media import documents
from archive.models import Document
from tests.factories import make_document
from tests.media import files
from tests.media.helpers import document_form_data

pytestmark = pytest.mark.django_db

PAGES = (
    "Days of Kazakh Culture in France opened at the Palais des Congres.",
    "The Astana Opera performed Abai on the second evening.",
    "An agreement on cultural cooperation was signed.",
)


def test_uploading_a_pdf_in_the_admin_extracts_its_text_and_pages(staff_client, media_root):
    pdf = files.pdf_bytes(PAGES)

    response = staff_client.post(
        "/admin/archive/document/add/", document_form_data(file=files.upload("../Scan 01 (final).pdf", pdf))
    )

    assert response.status_code == 302
    document = Document.objects.get()
    assert document.page_count == 3
    assert document.file_size == len(pdf)
    assert document.original_filename == "Scan_01_final.pdf"
    for text in PAGES:
        assert text in document.extracted_text
    assert document.file.name.startswith("documents/") and document.file.name.endswith(".pdf")


def test_a_plain_text_document_is_its_own_text(media_root):
    document = make_document(file=files.upload("speech.txt", "Құрметті қонақтар, welcome!".encode()))

    assert document.extracted_text == "Құрметті қонақтар, welcome!"
    assert document.page_count is None
    assert document.file_size == len("Құрметті қонақтар, welcome!".encode())


def test_extraction_stops_at_the_page_cap_and_keeps_what_it_read(settings):
    settings.MADENI_PDF_MAX_PAGES = 2

    extracted = documents.extract(files.upload("long.pdf", files.pdf_bytes(PAGES)), "pdf")

    assert extracted.page_count == 3
    assert not extracted.complete
    assert PAGES[1] in extracted.text and PAGES[2] not in extracted.text


def test_extraction_stops_at_the_time_cap(settings):
    settings.MADENI_PDF_EXTRACT_SECONDS = -1

    extracted = documents.extract(files.upload("slow.pdf", files.pdf_bytes(PAGES)), "pdf")

    assert extracted.text == "" and not extracted.complete


def test_extracted_text_is_capped_in_length(settings):
    settings.MADENI_EXTRACTED_TEXT_MAX_CHARS = 20

    extracted = documents.extract(files.upload("long.pdf", files.pdf_bytes(PAGES)), "pdf")

    assert len(extracted.text) == 20


def test_keeping_the_file_keeps_the_text(media_root):
    document = make_document(file=files.upload("a.pdf", files.pdf_bytes(PAGES)))
    document = Document.objects.get(pk=document.pk)

    document.summary = "Edited"
    document.save()

    assert PAGES[0] in Document.objects.get(pk=document.pk).extracted_text


def test_a_document_without_file_keeps_text_set_by_hand(media_root):
    document = make_document(extracted_text="Typed from a paper copy")
    assert Document.objects.get(pk=document.pk).extracted_text == "Typed from a paper copy"
