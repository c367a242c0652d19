"""Trigram indexes for the admin's record search (PostgreSQL only; see archive/admin/search.py).

Each index is on ``UPPER()`` of the model admin's search fields joined by newlines, the
expression ``archive.admin.search`` filters on. The field lists are frozen here; a test
(tests/admin/test_admin_search.py) checks that every record admin's search can use its index.
"""

from django.db import migrations
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Coalesce, Upper

LANGUAGES = ("en", "kk", "ru", "fr")


def translated(*fields):
    return [f"{field}_{code}" for field in fields for code in LANGUAGES]


FIELDS = {
    "event": [*translated("title"), "slug", *translated("summary")],
    "person": [*translated("name"), "aliases", "sort_name", "slug"],
    "program": [*translated("title"), "slug"],
    "document": [*translated("title"), "slug", "doi", "url"],
    "organization": [*translated("name"), "acronym", "slug"],
    "place": [*translated("name"), "country_code", "slug"],
    "photo": [*translated("title"), *translated("caption"), "credit", "slug"],
}


class JoinedText(Func):
    """A frozen copy of ``archive.admin.search.JoinedText``."""

    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = TextField()


def index_name(model):
    return f"{model._meta.db_table}_admin_search"


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    for model_name, fields in FIELDS.items():
        model = apps.get_model("archive", model_name)
        parts = []
        for name in fields:
            parts += [Coalesce(F(name), Value("")), Value("\n")]
        expression = Upper(JoinedText(*parts[:-1]))
        query = model._base_manager.all().query
        sql, params = expression.resolve_expression(query).as_sql(query.get_compiler(connection=connection), connection)
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index_name(model)} ON {model._meta.db_table} "
            f"USING gin (({connection.ops.compose_sql(sql, params)}) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name in FIELDS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(apps.get_model('archive', model_name))}")


class Migration(migrations.Migration):
    dependencies = [("archive", "0010_external_identifiers_and_document_rights")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
