"""Admin forms and views for photos and documents: validated uploads, several at once."""

from django import forms
from django.contrib import messages
from django.contrib.admin.widgets import AdminFileWidget, AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from archive import dates
from archive.media.uploads import DocumentUploadField, ImageUploadField, MultipleImageField
from archive.models import Document, Event, Photo, Rights, Status
from editorial import workflow


class _StoredFile:
    """What the file widget links to: the visibility-checking view, never a storage URL."""

    def __init__(self, name, url):
        self.name, self.url = name, url

    def __str__(self):
        return self.name


class StaffFileWidget(AdminFileWidget):
    """The admin file input, linking the current file through ``archive.media.views``."""

    def is_initial(self, value):
        return isinstance(value, _StoredFile) or bool(value and getattr(value, "_committed", False))

    def format_value(self, value):
        if not self.is_initial(value) or isinstance(value, _StoredFile):
            return value if isinstance(value, _StoredFile) else None
        instance = value.instance
        if isinstance(instance, Document):
            return _StoredFile(instance.original_filename or value.name, instance.download_url())
        return _StoredFile(value.name.rsplit("/", 1)[-1], instance.original_url())


class PhotoAdminForm(forms.ModelForm):
    image = ImageUploadField(
        label=_("Image"),
        required=False,
        widget=StaffFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("JPEG, PNG or WebP. The public sees resized copies without location or camera data."),
    )

    class Meta:
        model = Photo
        fields = ("image",)  # the admin adds the rest from its fieldsets

    def _post_clean(self):
        super()._post_clean()
        if self.instance.status == Status.PUBLISHED:
            for problem in self.instance.publish_problems():
                self.add_error(None, problem)


class DocumentAdminForm(forms.ModelForm):
    file = DocumentUploadField(
        label=_("File"),
        required=False,
        widget=StaffFileWidget(attrs={"accept": "application/pdf,text/plain"}),
        help_text=_("PDF or plain text (UTF-8). Its text is extracted for search."),
    )

    class Meta:
        model = Document
        fields = ("file",)


def warn_if_text_not_extracted(request, document):
    """Tell the editor when the text of the file just saved could not be read for search."""
    if document.text_status in ("", Document.TextStatus.EXTRACTED):
        return
    if document.text_status == Document.TextStatus.PENDING:
        messages.info(request, _("The file was saved; a worker is reading its text for search."))
        return
    messages.warning(
        request,
        _("The file was saved, but its text was not extracted for search (%(reason)s).")
        % {"reason": document.get_text_status_display().lower()},
    )


class PhotoUploadForm(forms.Form):
    """Several photos onto one event, with what they share; each becomes a draft."""

    event = forms.ModelChoiceField(queryset=Event.objects.all(), label=_("Event"))
    images = MultipleImageField(label=_("Photos"), help_text=_("JPEG, PNG or WebP; select several at once."))
    credit = forms.CharField(label=_("Credit"), max_length=255, required=False)
    # One default for rights: the model's, as on the single photo form.
    rights = forms.ChoiceField(
        label=_("Rights"), choices=Rights.choices, initial=Photo._meta.get_field("rights").default
    )
    date = forms.CharField(
        label=_("Date taken (EDTF)"), max_length=dates.MAX_LENGTH, required=False, validators=[dates.validate_edtf]
    )

    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        event = self.fields["event"]
        event.widget = AutocompleteSelect(Photo._meta.get_field("events"), admin_site)
        event.widget.choices = event.choices


def upload_photos_url(event):
    """The admin page that adds several photos to this event (for a link on the event's admin page)."""
    return f"{reverse('admin:archive_photo_upload')}?event={event.pk}"


def _title_from_filename(name):
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return stem.replace("_", " ").replace("-", " ").strip()[:255] or "Photo"


def upload_photos_view(model_admin, request):
    """Admin page: add several photos to an event at once. All are validated before any is stored.

    Each photo is saved through ``editorial`` (revision and audit entry) in the one transaction.
    """
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    initial = {"event": request.GET.get("event")} if request.GET.get("event", "").isdigit() else {}
    form = PhotoUploadForm(
        request.POST or None, request.FILES or None, initial=initial, admin_site=model_admin.admin_site
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            for upload in data["images"]:
                photo = Photo(
                    title=_title_from_filename(upload.name),
                    image=upload,
                    credit=data["credit"],
                    rights=data["rights"],
                    date=data["date"],
                    status=Status.DRAFT,
                    created_by=request.user,
                )
                photo.save()
                photo.events.add(data["event"])
                workflow.saved(photo, by=request.user, created=True)
        count = len(data["images"])
        message = ngettext(
            "%(count)d photo was added to “%(event)s” as a draft. Write its alt text before publishing.",
            "%(count)d photos were added to “%(event)s” as drafts. Write their alt text before publishing.",
            count,
        ) % {"count": count, "event": data["event"]}
        model_admin.message_user(request, message, messages.SUCCESS)
        return redirect("admin:archive_photo_changelist")
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Upload photos onto an event"),
        "opts": model_admin.model._meta,
        "form": form,
        "media": model_admin.media + form.media,
    }
    return TemplateResponse(request, "admin/archive/photo/upload.html", context)


def thumbnail(photo):
    url = photo.rendition_url("thumb")
    if not url:
        # Renditions are made in the background when a worker queue is configured.
        return _("Processing…") if photo.image else "—"
    return format_html('<img src="{}" alt="" width="64" height="64" loading="lazy">', url)
