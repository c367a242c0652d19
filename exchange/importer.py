"""Bulk import: a CSV or JSON file of records of one type, checked whole, then applied whole or not at all.

``check()`` reads every row through a model form (slugs for links), works out what each row
would change and collects errors as (row, column, message); it writes nothing, so it is the
dry run. ``apply()`` checks again inside one transaction and, only if every row is good,
writes each through ``editorial``: a new record is saved as a draft with its revision and
audit entry (as the admin's "add" does); a record that is not live gets a new revision; a
live record gets pending changes (``workflow.save_pending``), so its public page stays as it
is until the changes are reviewed and published. An import never publishes.

Rows are numbered from 1, the first record (in CSV, the line after the header).
"""

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.forms import modelform_factory
from django.utils.translation import gettext as _
from modeltranslation import settings as mt_settings
from modeltranslation.translator import NotRegistered, translator

from archive.models import Status
from editorial import content, revisions, rules, workflow

from . import columns as cols

FORMATS = ("csv", "json")


class FileRefused(Exception):
    """The file as a whole cannot be read (format, encoding, size); the message says why."""


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str


@dataclass
class RowPlan:
    row: int
    slug: str
    #: create, update (a record not live), pending (a live record: pending changes), unchanged
    action: str
    changes: list = field(default_factory=list)  # (column, old, new)
    form: object = None
    record: object = None
    m2m: dict = field(default_factory=dict)


@dataclass
class Report:
    model: object
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self):
        return not self.errors

    def count(self, action):
        return sum(1 for plan in self.rows if plan.action == action)

    @property
    def counts(self):
        return {action: self.count(action) for action in ("create", "update", "pending", "unchanged")}


def max_rows():
    return settings.MADENI_IMPORT_MAX_ROWS


# -- reading ---------------------------------------------------------------------------------


def detect_format(name, fmt=None):
    fmt = (fmt or (name.rsplit(".", 1)[-1] if "." in name else "")).lower()
    if fmt not in FORMATS:
        raise FileRefused(_("Give a .csv or .json file."))
    return fmt


def read(data, fmt):
    """The rows of ``data`` (bytes) as dicts of column → value."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(_("The file is not UTF-8 text.")) from None
    if "\x00" in text:
        raise FileRefused(_("The file is not UTF-8 text."))
    rows = _read_csv(text) if fmt == "csv" else _read_json(text)
    if not rows:
        raise FileRefused(_("The file has no records."))
    if len(rows) > max_rows():
        raise FileRefused(
            _("The file has %(count)d records; the limit is %(limit)d.") % {"count": len(rows), "limit": max_rows()}
        )
    return rows


def _read_csv(text):
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), restkey="\x00extra", strict=True)
        rows = []
        for row in reader:
            if len(rows) > max_rows():
                break
            rows.append({key: cols.from_csv_cell(value or "") for key, value in row.items() if key != "\x00extra"})
            if "\x00extra" in row:
                rows[-1]["\x00extra"] = ""
    except csv.Error as error:
        raise FileRefused(_("The CSV file cannot be read: %(error)s") % {"error": error}) from None
    if reader.fieldnames and len(set(reader.fieldnames)) != len(reader.fieldnames):
        raise FileRefused(_("A column appears twice in the header."))
    return rows


def _read_json(text):
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise FileRefused(_("The JSON file cannot be read.")) from None
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise FileRefused(_("The JSON file must be an array of objects, one per record."))
    return data


def _cell(column, raw):
    """A file's value as form data, or a ValidationError."""
    if raw is None:
        raw = ""
    if column.many:
        if isinstance(raw, str):
            raw = raw.split(cols.SEPARATOR)
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise ValidationError(_("Give slugs as a list of texts."))
        return [item.strip() for item in raw if item.strip()]
    if isinstance(raw, bool) and column.kind == "boolean":
        return raw
    if isinstance(raw, bool | list | dict):
        raise ValidationError(_("Give a text or a number here."))
    return str(raw).strip() if column.kind in ("link", "choice", "number") else str(raw)


# -- checking --------------------------------------------------------------------------------


def _formfield(model_field, **kwargs):
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"  # as the admin's forms
    if model_field.is_relation:
        kwargs["to_field_name"] = "slug"
        kwargs["queryset"] = model_field.related_model._base_manager.all()
    return model_field.formfield(**kwargs)


def form_class(model):
    """A model form over the importable columns; links are chosen by slug among all records."""
    names = [column.name for column in cols.importable_columns(model)]
    form = modelform_factory(model, fields=names, formfield_callback=_formfield)
    required = _required_translations(model)
    return type(form.__name__, (form,), {"required_columns": required})


def _required_translations(model):
    """The default-language columns of translated fields the model requires (``title_en``)."""
    try:
        base_names = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return set()
    language = mt_settings.DEFAULT_LANGUAGE
    return {f"{name}_{language}" for name in base_names if not model._meta.get_field(name).blank}


def _comparable(column, value):
    if column.many:
        return sorted(value)
    if value is None:
        return ""
    if column.kind == "boolean":
        return bool(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 48.856600 and 48.8566 are the same place
    return str(value)


def _base(model, record):
    """The record as an editor would start from: its pending changes if it is live and has some."""
    if record is None:
        return model(), {}
    pending = revisions.pending(record)
    if pending is None:
        # A live record's row is never changed by an import: the form works on a copy.
        working = model._base_manager.get(pk=record.pk) if record.status == Status.PUBLISHED else record
        m2m = {f.name: list(getattr(record, f.name).all()) for f in content.m2m_fields(model)}
        return working, m2m
    working = content.in_memory(model._base_manager.get(pk=record.pk), pending.content)
    m2m = {}
    for f in content.m2m_fields(model):
        pks = [pk for pk, _label in pending.content.get("m2m", {}).get(f.name, [])]
        m2m[f.name] = list(f.related_model._base_manager.filter(pk__in=pks))
    return working, m2m


def _initial(model, instance, m2m):
    data = {}
    for column in cols.importable_columns(model):
        if column.many:
            data[column.name] = sorted(item.slug for item in m2m.get(column.name, []))
        elif column.kind == "link":
            target_id = getattr(instance, column.field.attname)
            target = column.field.related_model._base_manager.filter(pk=target_id).first() if target_id else None
            data[column.name] = target.slug if target else ""
        else:
            value = getattr(instance, column.field.attname)
            data[column.name] = "" if value is None else value
    return data


def _refusal(model, record, by):
    """Why ``by`` may not import this row, or None."""
    opts = model._meta
    if not rules.is_editor(by):
        return _("You do not have an editorial role.")
    if record is None:
        if not by.has_perm(f"{opts.app_label}.add_{opts.model_name}"):
            return _("You may not add %(kind)s.") % {"kind": opts.verbose_name_plural}
        return None
    if not by.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return _("You may not change %(kind)s.") % {"kind": opts.verbose_name_plural}
    return rules.why_not(by, "edit", record)


def check(model, rows, *, by, progress=None):
    """Validate every row and work out its changes; writes nothing (the dry run)."""
    report = Report(model)
    by_name = {column.name: column for column in cols.columns(model)}
    header = list(dict.fromkeys(name for row in rows for name in row))
    unknown = [name for name in header if name not in by_name]
    for name in unknown:
        label = _("(a column without a header)") if name == "\x00extra" else name
        report.errors.append(RowError(0, label, _("Unknown column.")))
    if report.errors:
        return report
    form_cls = form_class(model)
    seen = {}
    bar = progress(len(rows), "rows") if progress else None
    for number, row in enumerate(rows, start=1):
        _check_row(model, form_cls, by_name, number, row, seen, report, by)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return report


def _check_row(model, form_cls, by_name, number, row, seen, report, by):
    given = {name: value for name, value in row.items() if by_name[name].importable}
    slug = given.get("slug")
    slug = str(slug).strip() if isinstance(slug, str | int) and not isinstance(slug, bool) else ""
    if slug in seen:
        report.errors.append(RowError(number, "slug", _("The same slug is on row %(row)d.") % {"row": seen[slug]}))
        return
    if slug:
        seen[slug] = number
    record = model._base_manager.filter(slug=slug).first() if slug else None
    refusal = _refusal(model, record, by)
    if refusal:
        report.errors.append(RowError(number, "slug", str(refusal)))
        return
    instance, m2m = _base(model, record)
    data = _initial(model, instance, m2m)
    old = {name: _comparable(by_name[name], data[name]) for name in given}
    errors = []
    for name, raw in given.items():
        try:
            data[name] = _cell(by_name[name], raw)
        except ValidationError as error:
            errors += [RowError(number, name, message) for message in error.messages]
    if not errors:
        form = form_cls(data=data, instance=instance)
        for name in form.required_columns:
            form.fields[name].required = True
        if not form.is_valid():
            for name, messages in form.errors.items():
                errors += [RowError(number, name if name != "__all__" else "", message) for message in messages]
    if errors:
        report.errors += errors
        return
    new_m2m = {f.name: list(form.cleaned_data[f.name]) for f in content.m2m_fields(model)}
    changes = []
    for name in given:
        column = by_name[name]
        after = [item.slug for item in new_m2m[name]] if column.many else cols.value(form.instance, column)
        if _comparable(column, after) != old[name]:
            changes.append((name, _shown(old[name]), _shown(_comparable(column, after))))
    if record is None:
        action = "create"
    elif not changes:
        action = "unchanged"
    else:
        action = "pending" if record.status == Status.PUBLISHED else "update"
    report.rows.append(
        RowPlan(number, slug or form.instance.slug, action, changes, form=form, record=record, m2m=new_m2m)
    )


def _shown(value):
    if isinstance(value, list):
        return cols.SEPARATOR.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


# -- applying --------------------------------------------------------------------------------


class _Invalid(Exception):
    pass


def apply(model, rows, *, by, comment="", progress=None):
    """Check the rows and, only if all are good, write them in one transaction (through ``editorial``)."""
    comment = comment or _("Imported")
    try:
        with transaction.atomic():
            report = check(model, rows, by=by, progress=progress)
            if not report.ok:
                raise _Invalid
            todo = [plan for plan in report.rows if plan.action != "unchanged"]
            bar = progress(len(todo), "records") if progress else None
            for plan in todo:
                try:
                    _write(plan, by=by, comment=comment)
                except workflow.Refused as refused:
                    report.errors.append(RowError(plan.row, "slug", str(refused)))
                    raise _Invalid from None
                if bar is not None:
                    bar.update(1)
            if bar is not None:
                bar.close()
            report.applied = True
    except _Invalid:
        pass
    return report


def _write(plan, *, by, comment):
    form, record = plan.form, plan.record
    if plan.action == "create":
        new = form.save(commit=False)
        new.created_by = by
        new.status = Status.DRAFT
        new.save()
        form.save_m2m()
        workflow.saved(new, by=by, comment=comment, created=True)
        plan.record = new
    elif plan.action == "update":
        locked = type(record)._base_manager.select_for_update().get(pk=record.pk)
        if locked.version != record.version or locked.status == Status.PUBLISHED:
            raise workflow.Refused(_("Someone changed this record during the import; try again."))
        revisions.ensure_baseline(record)
        record.version += 1
        form.save()
        workflow.saved(record, by=by, comment=comment)
    else:
        working = form.instance
        if hasattr(working, "compute_date_bounds"):
            working.compute_date_bounds()
        data = content.with_changes(revisions.working_content(record), working, m2m=plan.m2m)
        workflow.save_pending(record, data, by=by, comment=comment, expected_version=record.version)


def run(model, data, fmt, *, by, dry_run=False, comment="", progress=None):
    """Read ``data`` (bytes) and check it (``dry_run``) or apply it. Raises ``FileRefused``."""
    rows = read(data, fmt)
    if dry_run:
        return check(model, rows, by=by, progress=progress)
    return apply(model, rows, by=by, comment=comment, progress=progress)
