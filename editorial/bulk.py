"""Bulk workflow actions for every record list: submit, approve, send back, publish, archive.

Each selected record goes through the same workflow function as its change-form button, so
the same rules check it (role, state, separation of duties). Each runs in its own
transaction: the records are independent, so one that is refused (or changed meanwhile)
does not hold back the others, and the summary says what was done and what was refused
and why. A refused record is left exactly as it was. Send back (one comment for all) and
archive (takes records off the public site) ask first on a page of their own, like
Django's delete confirmation.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import outcomes, references, rules, workflow


class CommentForm(forms.Form):
    """The one comment of a confirmed bulk action (stripped; null characters refused, as everywhere)."""

    comment = forms.CharField(required=False, max_length=5000)


FUNCTIONS = {
    "submit": workflow.submit,
    "approve": workflow.approve,
    "send_back": workflow.send_back,
    "publish": workflow.publish,
    "archive": workflow.archive,
}


def run(request, records, action, *, comment=""):
    """Apply ``action`` to each of ``records`` as ``request.user``; returns (done, refused)."""
    done, refused = [], []
    for record in records:
        kwargs = {"by": request.user}
        if comment:
            kwargs["comment"] = comment
        try:
            FUNCTIONS[action](record, **kwargs)
        except workflow.Refused as reason:
            refused.append((record, str(reason)))
        else:
            done.append(record)
    return done, refused


def report(request, action, done, refused):
    if done:
        messages.success(request, outcomes.done(action, done))
    if refused:
        messages.warning(request, outcomes.refused(action, refused))


def _apply(model_admin, request, queryset, action, comment=""):
    done, refused = run(request, list(queryset.order_by("pk")), action, comment=comment)
    report(request, action, done, refused)


def _confirm(model_admin, request, queryset, action, *, error=""):
    records = list(queryset.order_by("pk"))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("%(action)s %(count)s records?") % {"action": rules.RULES[action].label, "count": len(records)},
        "action": f"bulk_{action}",
        "action_name": action,
        "action_label": rules.RULES[action].label,
        "rows": [
            {
                "record": record,
                "refusal": rules.why_not(request.user, action, record),
                "referrers": references.published_referrers(record) if action == "archive" else (),
            }
            for record in records
        ],
        "comment": request.POST.get("comment", ""),
        "error": error,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "needs_comment": action == "send_back",
    }
    return TemplateResponse(request, "editorial/bulk_confirm.html", context)


def _confirmed(model_admin, request, queryset, action):
    """Ask first; do it once the confirmation page is posted back (with a comment for send back)."""
    if request.POST.get("confirmed"):
        form = CommentForm(request.POST)
        if not form.is_valid():
            errors = " ".join(error for errors in form.errors.values() for error in errors)
            return _confirm(model_admin, request, queryset, action, error=errors)
        comment = form.cleaned_data["comment"]
        if action == "send_back" and not comment:
            return _confirm(model_admin, request, queryset, action, error=_("Write a comment for the authors."))
        _apply(model_admin, request, queryset, action, comment)
        return None
    return _confirm(model_admin, request, queryset, action)


@admin.action(description=gettext_lazy("Submit selected records for review"), permissions=["editorial"])
def bulk_submit(model_admin, request, queryset):
    _apply(model_admin, request, queryset, "submit")


@admin.action(description=gettext_lazy("Approve selected records"), permissions=["editorial"])
def bulk_approve(model_admin, request, queryset):
    _apply(model_admin, request, queryset, "approve")


@admin.action(description=gettext_lazy("Send selected records back to their authors"), permissions=["editorial"])
def bulk_send_back(model_admin, request, queryset):
    return _confirmed(model_admin, request, queryset, "send_back")


@admin.action(description=gettext_lazy("Publish selected records"), permissions=["editorial"])
def bulk_publish(model_admin, request, queryset):
    _apply(model_admin, request, queryset, "publish")


@admin.action(description=gettext_lazy("Archive selected records"), permissions=["editorial"])
def bulk_archive(model_admin, request, queryset):
    return _confirmed(model_admin, request, queryset, "archive")


ACTIONS = (bulk_submit, bulk_approve, bulk_send_back, bulk_publish, bulk_archive)
