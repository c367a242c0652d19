"""CSL-JSON items written out as RIS (rispy), BibTeX (bibtexparser) and CSL-JSON files."""

import json
import re

import rispy
from bibtexparser.bibdatabase import BibDatabase
from bibtexparser.bwriter import BibTexWriter

#: RIS reference types of CSL item types; anything else is GEN.
RIS_TYPES = {
    "article": "GEN",
    "report": "RPRT",
    "speech": "GEN",
    "legislation": "STAT",
    "treaty": "GEN",
    "document": "GEN",
    "event": "GEN",
    "graphic": "FIGURE",
    "webpage": "ELEC",
}

#: Standard BibTeX entry types of CSL item types (what every BibTeX tool accepts); anything else is misc.
BIBTEX_TYPES = {"report": "techreport"}


def _name(name):
    return name.get("literal") or f"{name['family']}, {name['given']}"


def _date_parts(item):
    parts = item.get("issued", {}).get("date-parts", [])
    return parts[0] if parts else []


def _iso(parts):
    return "-".join(f"{part:04d}" if i == 0 else f"{part:02d}" for i, part in enumerate(parts))


def to_ris(item):
    entry = {"type_of_reference": RIS_TYPES.get(item["type"], "GEN"), "title": item["title"]}
    if item.get("author"):
        entry["authors"] = [_name(name) for name in item["author"]]
    parts = _date_parts(item)
    if parts:
        entry["year"] = f"{parts[0]:04d}"
        # RIS dates are YYYY/MM/DD/other, with unknown parts left empty.
        padded = [f"{part:02d}" for part in parts[1:]] + [""] * (2 - len(parts[1:]))
        entry["date"] = "/".join([f"{parts[0]:04d}", *padded, "circa" if item["issued"].get("circa") else ""])
    for key, field in (
        ("publisher", "publisher"),
        ("language", "language"),
        ("DOI", "doi"),
        ("abstract", "abstract"),
        ("container-title", "secondary_title"),
        ("archive", "name_of_database"),
    ):
        if item.get(key):
            entry[field] = _one_line(item[key])
    entry["urls"] = [item["URL"]]
    entry["id"] = item["id"]
    return rispy.dumps([entry])


def _one_line(text):
    """RIS is line-based: a value may not run onto the next line."""
    return " ".join(str(text).split())


LATEX_SPECIAL = re.compile(r"([\\{}%&#$_^~])")
LATEX_REPLACEMENTS = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def latex_escape(text):
    """A value safe inside BibTeX braces: specials escaped, braces always balanced."""
    return LATEX_SPECIAL.sub(lambda m: LATEX_REPLACEMENTS.get(m.group(1), "\\" + m.group(1)), _one_line(text))


def to_bibtex(item):
    fields = {"title": "{" + latex_escape(item["title"]) + "}"}  # double braces keep its capitals
    if item.get("author"):
        # Organisations in braces, so that BibTeX does not split them into given and family names.
        fields["author"] = " and ".join(
            "{" + latex_escape(name["literal"]) + "}" if "literal" in name else latex_escape(_name(name))
            for name in item["author"]
        )
    parts = _date_parts(item)
    if parts:
        fields["year"] = f"{parts[0]:04d}"
        fields["date"] = _iso(parts) + ("~" if item["issued"].get("circa") else "")
        if len(parts) > 1:
            fields["month"] = str(parts[1])
    for key, field in (
        ("publisher", "publisher"),
        ("language", "langid"),
        ("DOI", "doi"),
        ("abstract", "abstract"),
        ("container-title", "howpublished"),
        ("archive", "howpublished"),
    ):
        if item.get(key):
            fields[field] = latex_escape(item[key])
    fields["url"] = item["URL"]  # biblatex reads url verbatim; it is our own, percent-encoded address
    database = BibDatabase()
    database.entries = [{"ENTRYTYPE": BIBTEX_TYPES.get(item["type"], "misc"), "ID": item["id"], **fields}]
    writer = BibTexWriter()
    writer.indent = "  "
    return writer.write(database)


def to_csl_json(item):
    return json.dumps([item], ensure_ascii=False, indent=2)


#: Format name → (writer, media type, file extension).
FORMATS = {
    "ris": (to_ris, "application/x-research-info-systems", "ris"),
    "bib": (to_bibtex, "application/x-bibtex", "bib"),
    "json": (to_csl_json, "application/vnd.citationstyles.csl+json", "json"),
}
