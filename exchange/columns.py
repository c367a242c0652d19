"""The columns of exports and imports, one list per record type, read from the models.

Every record type gets the same shape: ``slug``, the public ``url`` (export only), then the
editable content fields in model order, translated ones as one column per language
(``title_en``, ``title_kk``…), foreign keys and many-to-many links as slugs, and links
kept with a role (event participants and organizations: export only). Files are never
part of an export or an import. ``docs/exports.md`` is this module written out
(``describe()``), and a test keeps the two equal.
"""

from dataclasses import dataclass

from django.db import models

from archive import record_types
from archive.links import record_url
from archive.models import Record
from archive.models.base import published_q
from editorial.content import content_fields, m2m_fields

#: How several slugs share one CSV cell.
SEPARATOR = "|"

#: Characters that make a spreadsheet read a cell as a formula; CSV cells starting with one
#: get a leading apostrophe, which the import takes off again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    name: str
    #: text, number, boolean, choice, link, links, url
    kind: str
    field: object = None
    importable: bool = True

    @property
    def many(self):
        return self.kind == "links"


def model_for(segment):
    """The record model of a list segment (``events``), or None."""
    record_type = record_types.by_segment(segment)
    return record_type.model if record_type else None


def _kind(field):
    if field.is_relation:
        return "link"
    if field.choices:
        return "choice"
    if isinstance(field, models.BooleanField):
        return "boolean"
    if isinstance(field, models.IntegerField | models.FloatField | models.DecimalField):
        return "number"
    return "text"


def columns(model):
    """The columns of ``model``'s exports, in order; ``importable`` ones are read back by imports."""
    result = [Column("slug", "text", model._meta.get_field("slug")), Column("url", "url", importable=False)]
    fields = [
        field
        for field in content_fields(model)
        if field.editable and field.name != "slug" and not isinstance(field, models.FileField)
    ]
    # The name or title first, in every language, then the rest in model order.
    fields.sort(key=lambda field: not field.name.startswith(f"{model.slug_source}_"))
    result += [Column(field.name, _kind(field), field) for field in fields]
    result += [Column(field.name, "links", field) for field in m2m_fields(model)]
    result += [
        Column(field.name, "links", field, importable=False)
        for field in model._meta.many_to_many
        if not field.remote_field.through._meta.auto_created
    ]
    return result


def importable_columns(model):
    return [column for column in columns(model) if column.importable]


def _public(related_model):
    manager = related_model.objects
    return manager.published() if issubclass(related_model, Record) else manager.all()


def public_slugs(related_model, pks):
    """``{pk: slug}`` of the public records among ``pks``: one query."""
    pks = {pk for pk in pks if pk is not None}
    return dict(_public(related_model).filter(pk__in=pks).values_list("pk", "slug")) if pks else {}


def many_slugs(field, pks):
    """``{record pk: sorted slugs}`` of the public records ``field`` links ``pks`` to: one query."""
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    links = through._base_manager.filter(**{f"{source}__in": pks})
    if issubclass(field.related_model, Record):
        links = links.filter(published_q(f"{target}__"))
    found = {}
    for pk, slug in links.values_list(source, f"{target}__slug"):
        found.setdefault(pk, set()).add(slug)
    return {pk: sorted(slugs) for pk, slugs in found.items()}


def url_maker(model):
    """A function of a slug giving the record's public address: ``reverse()`` once, not per row."""
    placeholder = "slug-placeholder"
    pattern = record_url(model(slug=placeholder))
    head, tail = pattern.rsplit(placeholder, 1)
    return lambda slug: f"{head}{slug}{tail}"


def plain(column, data):
    """A stored value as exports write it (decimals as text)."""
    if column.kind == "number" and data is not None and not isinstance(data, int | float):
        return str(data)
    return data


def value(record, column):
    """The value of ``column`` for one ``record`` in memory (the import's diff): links to any record."""
    if column.kind == "url":
        return record_url(record)
    if column.kind == "links":
        return sorted(item.slug for item in getattr(record, column.field.name).all())
    if column.kind == "link":
        target = getattr(record, column.field.name)
        return target.slug if target is not None else ""
    return plain(column, getattr(record, column.field.attname))


def csv_cell(data):
    """One value as a CSV cell: lists joined with ``|``, None empty, formulas defused."""
    if data is None:
        return ""
    if isinstance(data, list):
        return SEPARATOR.join(data)
    if isinstance(data, bool):
        return "true" if data else "false"
    text = str(data)
    if text.startswith(FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def from_csv_cell(text):
    """Undo ``csv_cell``'s formula guard."""
    if text.startswith("'") and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def describe():
    """``docs/exports.md``: every column of every type, as Markdown."""
    lines = [
        "# Export and import columns",
        "",
        "Generated from `exchange/columns.py` (`describe()`); a test checks this file is current.",
        "",
        "Each list page offers `export.csv` and `export.json` with the same query string as the page",
        "(filters and sort), e.g. `/en/events/export.csv?type=concert&year_from=2020`. Every matching",
        "record is written, not one page. JSON is one array of objects; CSV has a header row.",
        "",
        "- **link**: the slug of one related record (empty when none or when it is not public).",
        f"- **links**: slugs of related records; a JSON list, or joined with `{SEPARATOR}` in CSV."
        " Only public records are listed.",
        "- **choice**: the stored value (e.g. `concert`), listed below.",
        "- **boolean**: `true`/`false` in CSV, JSON booleans in JSON.",
        "- In CSV, a text starting with `=`, `+`, `-` or `@` gets a leading `'` so spreadsheets",
        "  do not run it as a formula; the import removes it.",
        "- Columns marked *export only* are ignored by the import. Files are not exported or imported.",
        "",
        "The search export (`/<lang>/search/export.csv?q=…&type=…&sort=…`) has the columns",
        "`kind`, `slug`, `title` (in the page language), `date`, `url`. Past the search's relevance",
        "cap it lists every match newest first.",
        "",
        "The import (`manage.py import_records`, `/admin/import/`) reads the same columns, one row per",
        "record: a row whose `slug` matches a record updates it, any other row makes a new draft.",
        "Columns left out keep their values; links name records by slug (any status, not only public);",
        "export-only columns are ignored. Rows are numbered from 1 (the line after the CSV header).",
        "",
    ]
    for record_type in record_types.RECORD_TYPES:
        model = record_type.model
        lines += [f"## {model._meta.verbose_name_plural.capitalize()} (`/<lang>/{record_type.segment}/export.csv`)", ""]
        lines += ["| column | kind | description |", "|---|---|---|"]
        for column in columns(model):
            lines.append(f"| `{column.name}` | {column.kind} | {_description(model, column)} |")
        lines.append("")
    return "\n".join(lines)


def _description(model, column):
    if column.kind == "url":
        return "public address of the record (export only)"
    field = column.field
    text = str(getattr(field, "verbose_name", field.name))
    if column.name == "slug":
        text += "; the import matches records by it (empty: a new record)"
    if column.kind in ("link", "links"):
        text += f" → {field.related_model._meta.verbose_name}"
    if column.kind == "choice":
        text += ": " + ", ".join(f"`{value}`" for value, _label in field.choices)
    if not column.importable:
        text += " (export only)"
    return text
