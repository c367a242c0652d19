"""Forms of the editorial admin: the version guard on record forms, transitions, share links."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from . import diff, revisions
from .models import AuditEntry, Stage
from .rules import REVIEWER, stage


class VersionedForm(forms.ModelForm):
    """Mixed into every record's admin form: refuses a save made on a stale form."""

    editorial_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    editorial_comment = forms.CharField(
        label=_("Comment on this change"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs={"size": 80}),
        help_text=_("Kept with the revision in the record's history."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["editorial_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk or "editorial_version" in self.errors:
            return cleaned
        submitted = cleaned.get("editorial_version")
        if submitted is None:
            # Without the version the form was opened at, a concurrent change would be overwritten.
            raise forms.ValidationError(
                _(
                    "This form does not say which version of the record it was opened on, so saving it could "
                    "overwrite someone else's changes. Nothing was saved: reload the page and try again."
                ),
                code="no_version",
            )
        if submitted != self.instance.version:
            self._refuse_stale(submitted)
        return cleaned

    def _refuse_stale(self, submitted):
        record = self.instance
        seen = revisions.at_version(record, submitted)
        changes = diff.compare(type(record), seen.content, revisions.working_content(record)) if seen else []
        lines = [f"{c.label}: “{c.old}” → “{c.new}”" if c.kind == "value" else c.label for c in changes[:12]]
        if not lines:
            lines = [_("no field, but its workflow state is now “%(stage)s”") % {"stage": Stage(stage(record)).label}]
        last = AuditEntry.objects.for_record(record).select_related("actor").first()
        who = (last.actor_display if last else "") or _("Another editor")
        message = _(
            "%(who)s changed this record after you opened it. Nothing was saved: your edits are still "
            "in the form. What changed: %(changes)s. Compare, then save again to keep yours."
        ) % {"who": who, "changes": "; ".join(lines)}
        # Saving again is a deliberate choice made after seeing the conflict.
        self.data = self.data.copy()
        self.data[self.add_prefix("editorial_version")] = record.version
        raise forms.ValidationError(message, code="stale")


def reviewer_choices():
    return get_user_model().objects.filter(groups__name=REVIEWER, is_active=True, is_staff=True).order_by("username")


class TransitionForm(forms.Form):
    action = forms.CharField()
    version = forms.IntegerField(required=False)
    comment = forms.CharField(required=False, max_length=5000)
    reviewer = forms.ModelChoiceField(queryset=None, required=False, label=_("Reviewer"))
    due = forms.DateField(required=False, label=_("Due"))
    override_reason = forms.CharField(required=False, max_length=2000, label=_("Reason"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = reviewer_choices()


class ScheduleForm(forms.Form):
    version = forms.IntegerField(required=False)
    go_live_at = forms.DateTimeField(required=False)
    expire_at = forms.DateTimeField(required=False)


class ShareForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=90, initial=7)
    revision = forms.IntegerField(required=False)
    revoke = forms.IntegerField(required=False)
