"""Photos and documents dropped onto an event's change form: each becomes a draft linked to the event.

The panel under the event form (``admin/archive/event/media_panel.html``) posts its files
here, one request per file with script (for a progress bar each), or all at once by a plain
form submit. Every file is judged by ``archive.media.uploads`` before anything is stored; one
refused file refuses the whole request. Each record is saved through ``editorial.workflow``
(revision and audit entry) as the multi-upload does; renditions and text extraction follow
from the records' own saves.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from archive.media.uploads import IMAGE_FORMATS, validate_document, validate_image
from archive.models import Document, Photo, Status
from editorial import admin_views, workflow

from .media import _title_from_filename

FIELD = "files"
IMAGE_EXTENSIONS = frozenset(ext for exts in IMAGE_FORMATS.values() for ext in exts)


def _wants_json(request):
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


def _is_image(upload):
    name = str(upload.name or "")
    return "." in name and name.rsplit(".", 1)[-1].lower() in IMAGE_EXTENSIONS


def can_attach(request, model_admin, event):
    """Whether this user may attach files to this saved event: change it, and add photos or documents."""
    return bool(
        event is not None
        and event.pk is not None
        and model_admin.has_change_permission(request, event)
        and (request.user.has_perm("archive.add_photo") or request.user.has_perm("archive.add_document"))
    )


def panel(request, model_admin, event):
    """What the panel under the event form shows (None when this user may not attach to it):
    where to post, and the event's photos and documents, newest first."""
    if not can_attach(request, model_admin, event):
        return None
    photos = [(photo, reverse("admin:archive_photo_change", args=[photo.pk])) for photo in event.photos.order_by("-pk")]
    documents = [
        (document, reverse("admin:archive_document_change", args=[document.pk]))
        for document in event.documents.order_by("-pk")
    ]
    return {"url": reverse("admin:archive_event_attach", args=[event.pk]), "photos": photos, "documents": documents}


def _validate(uploads):
    """Validate every upload (images as photos, anything else as documents); return the errors."""
    errors = []
    for upload in uploads:
        try:
            if _is_image(upload):
                upload.image_info = validate_image(upload)
            else:
                upload.document_info = validate_document(upload)
        except ValidationError as exc:
            errors.extend(message for error in exc.error_list for message in error.messages)
    return errors


def _create(event, uploads, user):
    """Drafts for ``uploads``, linked to ``event``, each with its revision and audit entry."""
    created = []
    with transaction.atomic():
        for upload in uploads:
            title = _title_from_filename(upload.name)
            if _is_image(upload):
                record = Photo(title=title, image=upload, status=Status.DRAFT, created_by=user)
            else:
                record = Document(title=title, file=upload, status=Status.DRAFT, created_by=user)
            record.save()
            record.events.add(event)
            workflow.saved(record, by=user, created=True)
            created.append(record)
    return created


def _refusal(request, event, message, status):
    if _wants_json(request):
        return JsonResponse({"error": message}, status=status)
    messages.error(request, message)
    return redirect("admin:archive_event_change", event.pk)


@admin_views.require_post
def attach_view(model_admin, request, object_id):
    """Store the posted files as draft photos and documents of the event; back to its form (or JSON).

    A failing disk or database stores nothing and says so (``admin_views.guarded``).
    """
    if not str(object_id).isdigit():
        raise Http404
    event = model_admin.get_queryset(request).filter(pk=object_id).first()
    if event is None:
        raise Http404
    if not can_attach(request, model_admin, event):
        raise PermissionDenied
    uploads = [upload for upload in request.FILES.getlist(FIELD) if upload]
    if not uploads:
        return _refusal(request, event, _("Choose or drop at least one file."), 400)
    needed = {"archive.add_photo" if _is_image(upload) else "archive.add_document" for upload in uploads}
    if not all(request.user.has_perm(permission) for permission in needed):
        raise PermissionDenied
    errors = _validate(uploads)
    if errors:
        return _refusal(request, event, " ".join(errors), 400)
    back = reverse("admin:archive_event_change", args=[event.pk])
    return admin_views.guarded(request, lambda: _created(request, event, uploads), back=back)


def _created(request, event, uploads):
    created = _create(event, uploads, request.user)
    message = _("Added to “%(event)s” as drafts: %(records)s. They join the workflow like any record.") % {
        "event": event,
        "records": "; ".join(f"{record._meta.verbose_name} “{record}”" for record in created),
    }
    if _wants_json(request):
        return JsonResponse(
            {
                "message": message,
                "records": [
                    {
                        "kind": record._meta.model_name,
                        "title": str(record),
                        "url": reverse(f"admin:archive_{record._meta.model_name}_change", args=[record.pk]),
                    }
                    for record in created
                ],
            }
        )
    messages.success(request, message)
    return redirect("admin:archive_event_change", event.pk)
