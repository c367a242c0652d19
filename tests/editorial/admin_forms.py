"""Post an admin change form back as a browser would, with a few fields changed."""

from django.urls import reverse


def change_url(record):
    return reverse(f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk])


def editorial_url(record, name, *args):
    return reverse(
        f"admin:{record._meta.app_label}_{record._meta.model_name}_editorial_{name}", args=[record.pk, *args]
    )


def _form_values(form, data):
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        key = form.add_prefix(name)
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[key] = [str(v) for v in value]
        elif isinstance(value, bool):
            if value:
                data[key] = "on"
        elif hasattr(value, "name") and not isinstance(value, str):
            continue  # files are uploaded explicitly
        else:
            data[key] = field.widget.format_value(value) if hasattr(field.widget, "format_value") else value
            if data[key] is None:
                del data[key]


def form_data(response, **changes):
    """The POST data of the admin change form in ``response``, with ``changes`` applied."""
    context = response.context
    data = {}
    _form_values(context["adminform"].form, data)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for form in formset.forms:
            _form_values(form, data)
    data.update(changes)
    return data


def edit(client, record, **changes):
    """GET the change form of ``record``, then POST it back with ``changes``."""
    response = client.get(change_url(record))
    assert response.status_code == 200, response.status_code
    return client.post(change_url(record), form_data(response, **changes))
