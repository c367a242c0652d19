"""Highwire Press ``citation_*`` tags, so that Zotero saves a document page with its PDF."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from archive.models import Document, Status
from tests.factories import make_document, make_organization, make_person
from tests.media.files import pdf_bytes


def _tags(body):
    head = body[: body.index("</head>")]
    return re.findall(r'<meta name="(citation_\w+)" content="([^"]*)">', head)


def test_document_pages_carry_every_highwire_tag(client, db, media_root):
    make_document(
        title="Heritage review",
        date="2025-09-25",
        language="kk",
        authors=[
            make_person(name="Aida Balayeva", sort_name="Balayeva, Aida"),
            make_person(name="Murat Auezov", sort_name="Auezov, Murat"),
        ],
        publisher=make_organization(name="Ministry of Culture"),
        file=SimpleUploadedFile("review.pdf", pdf_bytes(), content_type="application/pdf"),
    )
    document = Document.objects.get()
    tags = _tags(client.get("/en/documents/heritage-review/").content.decode())
    assert tags == [
        ("citation_title", "Heritage review"),
        ("citation_author", "Auezov, Murat"),  # authors in the order the page lists them
        ("citation_author", "Balayeva, Aida"),
        ("citation_publication_date", "2025/09/25"),
        ("citation_date", "2025/09/25"),
        ("citation_publisher", "Ministry of Culture"),
        ("citation_language", "kk"),
        ("citation_num_pages", "1"),
        ("citation_pdf_url", f"http://testserver/files/documents/{document.pk}/heritage-review.pdf"),
        ("citation_abstract_html_url", "http://testserver/en/documents/heritage-review/"),
    ]
    response = client.get(f"/files/documents/{document.pk}/heritage-review.pdf")
    assert response.status_code == 200
    response.close()


def test_every_public_document_page_has_title_date_and_page_address(client, db):
    for number, doc_type in enumerate(Document.Type):
        make_document(title=f"Document {number}", slug=f"doc-{number}", doc_type=doc_type)
    for document in Document.objects.published():
        names = {name for name, _content in _tags(client.get(f"/en/documents/{document.slug}/").content.decode())}
        assert {"citation_title", "citation_publication_date", "citation_abstract_html_url"} <= names


def test_no_pdf_url_without_a_pdf(client, db, media_root):
    make_document(title="Plain", file=SimpleUploadedFile("notes.txt", b"Some words", content_type="text/plain"))
    make_document(title="Empty")
    for slug in ("plain", "empty"):
        names = [name for name, _content in _tags(client.get(f"/en/documents/{slug}/").content.decode())]
        assert "citation_pdf_url" not in names


def test_partial_dates_keep_their_precision(client, db):
    make_document(title="Month", date="2025-09")
    tags = dict(_tags(client.get("/en/documents/month/").content.decode()))
    assert tags["citation_publication_date"] == "2025/09"


def test_hidden_authors_and_publishers_are_left_out(client, db):
    make_document(
        title="Note",
        authors=[make_person(name="Secret Person", status=Status.DRAFT)],
        publisher=make_organization(name="Secret Ministry", status=Status.DRAFT),
    )
    names = [name for name, _content in _tags(client.get("/en/documents/note/").content.decode())]
    assert "citation_author" not in names and "citation_publisher" not in names


@pytest.mark.parametrize("url", ["/en/events/gala/", "/en/people/aida/"])
def test_other_pages_have_no_highwire_tags(client, db, url):
    from tests.factories import make_event

    make_event(title="Gala")
    make_person(name="Aida")
    assert _tags(client.get(url).content.decode()) == []
