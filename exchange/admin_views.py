"""The admin's import page: upload → dry-run report → confirm → applied (``/admin/import/``).

The dry run's file travels to the confirm step inside the form, signed for this user, so the
records applied are exactly those reviewed; the confirm step checks them all again in the
transaction that writes them.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from archive.record_types import RECORD_TYPES
from editorial import rules

from . import columns, importer

SALT = "exchange.import"
#: How long a dry run may wait for its confirmation.
CONFIRM_SECONDS = 3600


class UploadForm(forms.Form):
    type = forms.ChoiceField(label=gettext_lazy("Type of records"))
    file = forms.FileField(label=gettext_lazy("CSV or JSON file"))

    def __init__(self, *args, types, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = types

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.MADENI_IMPORT_MAX_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("The file is larger than %(limit)d MB.") % {"limit": settings.MADENI_IMPORT_MAX_MB}
            )
        try:
            upload.import_format = importer.detect_format(upload.name)
            upload.import_rows = importer.read(upload.read(), upload.import_format)
        except importer.FileRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return upload


def _types(user):
    """The (segment, label) pairs ``user`` may import: an editor with add or change permission on the type."""
    if not rules.is_editor(user):
        return []
    allowed = []
    for record_type in RECORD_TYPES:
        opts = record_type.model._meta
        if user.has_perm(f"{opts.app_label}.add_{opts.model_name}") or user.has_perm(
            f"{opts.app_label}.change_{opts.model_name}"
        ):
            allowed.append((record_type.segment, opts.verbose_name_plural.capitalize()))
    return allowed


def _render(request, context):
    context = {**admin.site.each_context(request), "title": _("Import records"), **context}
    return TemplateResponse(request, "exchange/import.html", context)


def import_view(request):
    types = _types(request.user)
    if not types:
        raise PermissionDenied
    if request.method == "POST" and "payload" in request.POST:
        return _confirm(request, dict(types))
    form = UploadForm(request.POST or None, request.FILES or None, types=types)
    if request.method != "POST" or not form.is_valid():
        return _render(request, {"form": form})
    segment, upload = form.cleaned_data["type"], form.cleaned_data["file"]
    model = columns.model_for(segment)
    report = importer.check(model, upload.import_rows, by=request.user)
    payload = signing.dumps(
        {"type": segment, "rows": upload.import_rows, "name": upload.name[:200]},
        salt=f"{SALT}:{request.user.pk}",
        compress=True,
    )
    return _render(request, {"report": report, "payload": payload, "segment": segment, "name": upload.name})


def _confirm(request, types):
    try:
        data = signing.loads(request.POST["payload"], salt=f"{SALT}:{request.user.pk}", max_age=CONFIRM_SECONDS)
    except signing.BadSignature:
        return HttpResponseBadRequest(_("This import expired or was altered; upload the file again."))
    if data.get("type") not in types:
        raise PermissionDenied
    model = columns.model_for(data["type"])
    comment = _("Imported from %(name)s") % {"name": data.get("name", "")}
    report = importer.apply(model, data["rows"], by=request.user, comment=comment)
    if not report.applied:
        return _render(request, {"report": report, "segment": data["type"], "name": data.get("name", "")})
    counts = report.counts
    messages.success(
        request,
        _(
            "Imported: %(create)d new drafts, %(update)d drafts updated, "
            "%(pending)d pending edits, %(unchanged)d unchanged."
        )
        % counts,
    )
    return redirect(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
