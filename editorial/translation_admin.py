"""Outdated translations in the admin: the list filter, the change form's notice, the confirm button."""

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import rules, translations, workflow
from .admin_views import _back, _record, _url, guarded, require_post


class NeedsTranslationFilter(admin.SimpleListFilter):
    """Records missing text in a language, or whose translation fell behind the source text."""

    title = gettext_lazy("needs translation")
    parameter_name = "needs_translation"

    def lookups(self, request, model_admin):
        return [(code, translations.language_name(code)) for code in translations.languages()]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return translations.needs_translation(queryset, self.value())


def panel(model_admin, request, record):
    """The change form's notice: each language whose translation is behind, and who may confirm it."""
    behind = translations.outdated(record)
    if not behind:
        return None
    model = type(record)
    return {
        "languages": [
            {
                "code": code,
                "name": translations.language_name(code),
                "fields": [str(model._meta.get_field(name).verbose_name) for name in names],
                "columns": [f"{name}_{code}" for name in names],
            }
            for code, names in sorted(behind.items(), key=lambda item: translations.languages().index(item[0]))
        ],
        "source": translations.language_name(translations.SOURCE),
        "can_confirm": rules.can(request.user, "edit", record),
        "confirm_url": _url(model_admin, "editorial_confirm_translation", record),
    }


class ConfirmTranslationForm(forms.Form):
    language = forms.ChoiceField(choices=())
    comment = forms.CharField(required=False, max_length=5000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, code) for code in translations.targets()]


@require_post
def confirm(model_admin, request, object_id):
    """The "this translation is still right" button of the change form."""
    record = _record(model_admin, request, object_id, action=None)
    form = ConfirmTranslationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a language the record is translated into."))
        return _back(model_admin, record)

    def confirm_it():
        language = form.cleaned_data["language"]
        try:
            workflow.confirm_translation(
                record, by=request.user, language=language, comment=form.cleaned_data["comment"]
            )
        except workflow.Refused as refused:
            messages.error(request, str(refused))
        else:
            messages.success(
                request,
                _("Translation marked as up to date: %(language)s.")
                % {"language": translations.language_name(language)},
            )
        return _back(model_admin, record)

    return guarded(request, confirm_it, back=_url(model_admin, "change", record))
