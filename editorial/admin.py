"""The workflow in the Django admin: a mixin for every record admin, the review queue, the audit log.

``EditorialAdminMixin`` (inherited by ``archive.admin.base.RecordAdmin``) makes status and
schedule read-only, guards forms against lost updates, stores every save as a revision,
keeps edits of a live record as pending changes, and adds the workflow buttons, banner,
history, diff, restore, preview and share-link pages. Permission checks go through
``editorial.rules.can`` like the workflow functions themselves.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from archive.models import Status

from . import admin_views, bulk, content, dashboard, revisions, rules, states, translation_admin, workflow
from .forms import VersionedForm
from .models import AuditEntry, ReviewState, ShareLink, Stage

PENDING_SAVED = _("Saved as pending changes. The public page shows the live version until they are published.")


class _RolledBack(Exception):
    """Raised to leave (and roll back) the atomic block of a live record's edit."""


def _short(moment):
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


class EditorialFilter(admin.SimpleListFilter):
    title = _("editorial")
    parameter_name = "editorial"

    def lookups(self, request, model_admin):
        return [
            ("pending", _("Live with pending changes")),
            ("scheduled", _("Scheduled to go live")),
            ("expiring", _("Set to expire")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "pending":
            return queryset.filter(status=Status.PUBLISHED, has_pending_changes=True)
        if self.value() == "scheduled":
            return queryset.filter(status=Status.PUBLISHED, go_live_at__gt=now)
        if self.value() == "expiring":
            return queryset.filter(status=Status.PUBLISHED, expire_at__gt=now)
        return queryset


class EditorialAdminMixin:
    change_form_template = "editorial/change_form.html"
    #: Only the workflow changes these.
    workflow_fields = ("status", "go_live_at", "expire_at")
    #: Bulk workflow actions; each record is checked as if its button were pressed.
    actions = bulk.ACTIONS

    # -- form, permissions -------------------------------------------------------------

    @property
    def media(self):
        """Tabs per language over the translated fields, and the form's layout (no CDN: CSP is strict)."""
        own = forms.Media(js=["editorial/translation_tabs.js"], css={"all": ["editorial/change_form.css"]})
        return super().media + own

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (VersionedForm, form), {})

    def get_readonly_fields(self, request, obj=None):
        fields = tuple(super().get_readonly_fields(request, obj))
        return fields + tuple(f for f in self.workflow_fields if f not in fields)

    def get_queryset(self, request):
        return states.with_review(super().get_queryset(request))

    def get_list_filter(self, request):
        # The editorial state replaces the bare status (which calls an approved record "In review").
        filters = [states.StateFilter if f == "status" else f for f in super().get_list_filter(request)]
        if states.StateFilter not in filters:
            filters.insert(0, states.StateFilter)
        return (*filters, EditorialFilter, translation_admin.NeedsTranslationFilter, dashboard.DeskFilter)

    def get_list_display(self, request):
        columns = ["editorial_state" if c == "status" else c for c in super().get_list_display(request)]
        if "editorial_state" not in columns:
            columns.append("editorial_state")
        return (*columns, "editorial_notes")

    def has_editorial_permission(self, request):
        """Who is offered the bulk workflow actions; each record is then checked by the rules."""
        return rules.is_editor(request.user)

    @admin.display(description=_("State"), ordering="status")
    def editorial_state(self, obj):
        """Draft / Sent back / In review / Approved / Scheduled / Published / Archived, from the row's annotations."""
        return states.state_label(obj)

    @admin.display(description=_("Workflow"))
    def editorial_notes(self, obj):
        """Pending changes and schedule, from the row alone (no query per line)."""
        now, notes = timezone.now(), []
        if obj.has_pending_changes:
            notes.append(gettext("pending changes"))
        if obj.go_live_at and obj.go_live_at > now:
            notes.append(gettext("goes live %(when)s") % {"when": _short(obj.go_live_at)})
        if obj.expire_at and obj.expire_at > now:
            notes.append(gettext("expires %(when)s") % {"when": _short(obj.expire_at)})
        elif obj.expire_at:
            notes.append(gettext("expired"))
        return capfirst(", ".join(notes)) or "—"

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or rules.can(request.user, "edit", obj)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is not None and request.method == "POST" and transaction.get_connection().in_atomic_block:
            # Hold the row until the save is done, so the version check cannot race.
            locked = type(obj)._base_manager.select_for_update().filter(pk=obj.pk)
            obj.version = locked.values_list("version", flat=True).get()
        return obj

    # -- saving --------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if getattr(request, "_editorial_live", False):
            obj.keep_renditions = True  # this save is rolled back: it must leave no files behind
        if change:
            revisions.ensure_baseline(obj)
            obj.version += 1
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        record, comment = form.instance, form.cleaned_data.get("editorial_comment", "")
        if getattr(request, "_editorial_live", False):
            request._editorial_pending = (
                content.serialize(record),
                comment,
                form.cleaned_data.get("editorial_version"),
            )
        else:
            workflow.saved(record, by=request.user, comment=comment, created=not change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return admin_views.guarded(
            request,
            lambda: self._editorial_changeform_view(request, object_id, form_url, extra_context),
            back=request.get_full_path(),
        )

    def _editorial_changeform_view(self, request, object_id, form_url, extra_context):
        record = self.get_object(request, object_id) if object_id else None
        if record is None:
            return super().changeform_view(request, object_id, form_url, extra_context)
        extra_context = {
            **(extra_context or {}),
            "editorial": admin_views.panel(self, request, record),
            "translations": translation_admin.panel(self, request, record),
        }
        if record.status != Status.PUBLISHED:
            return super().changeform_view(request, object_id, form_url, extra_context)
        return self._live_changeform_view(request, record, object_id, form_url, extra_context)

    def _live_changeform_view(self, request, record, object_id, form_url, extra_context):
        """Edit a live record: the admin saves as usual inside an atomic block that is rolled back,
        and what it saved becomes a pending revision. The public row never changes here.

        Leaving the block by an exception (not ``savepoint_rollback``) makes Django drop the
        ``on_commit`` callbacks registered inside it, so nothing the save scheduled escapes.
        Only the uploaded file itself is stored: the pending revision names it.
        """
        request._editorial_live = True
        pending = revisions.pending(record)
        response = None
        try:
            with transaction.atomic():
                if pending is not None:
                    content.apply(record, pending.content, save=False)
                response = super().changeform_view(request, object_id, form_url, extra_context)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                raise _RolledBack
        except _RolledBack:
            pass
        saved = getattr(request, "_editorial_pending", None)
        if saved is not None:
            data, comment, version = saved
            try:
                workflow.save_pending(record, data, by=request.user, comment=comment, expected_version=version)
            except workflow.Refused as refused:
                messages.error(request, str(refused))
            else:
                messages.info(request, PENDING_SAVED)
        return response

    def response_add(self, request, obj, post_url_continue=None):
        """A record made through a link field's "+" window joins the workflow as a draft: say so
        on the next page the editor sees (the window itself closes at once)."""
        if IS_POPUP_VAR in request.POST:
            messages.info(
                request,
                gettext(
                    "%(kind)s “%(record)s” was created as a draft (%(state)s). The public sees it only once it "
                    "is reviewed and published; publishing a record that links to it offers to publish it too."
                )
                % {
                    "kind": capfirst(obj._meta.verbose_name),
                    "record": obj,
                    "state": Stage(rules.stage(obj)).label,
                },
            )
        return super().response_add(request, obj, post_url_continue)

    # -- deleting ------------------------------------------------------------------------

    def get_deleted_objects(self, objs, request):
        """The admin's delete pages list what stops a deletion as "protected": nothing is deleted."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        protected = [*protected, *(reason for obj in objs for reason in workflow.deletion_blockers(obj))]
        return deleted, counts, perms_needed, protected

    def delete_model(self, request, obj):
        self._delete(request, [obj])

    def delete_queryset(self, request, queryset):
        self._delete(request, list(queryset))

    def _delete(self, request, records):
        try:
            with transaction.atomic():
                for record in records:
                    workflow.delete(record, by=request.user)
        except workflow.Refused as refused:  # something linked to it since the page was shown
            raise PermissionDenied(str(refused)) from None

    # -- extra pages -----------------------------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        return admin_views.history(self, request, object_id)

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}_editorial"
        wrap = self.admin_site.admin_view
        return [
            path("<path:object_id>/editorial/act/", wrap(self._act), name=f"{prefix}_act"),
            path("<path:object_id>/editorial/schedule/", wrap(self._schedule), name=f"{prefix}_schedule"),
            path("<path:object_id>/editorial/diff/", wrap(self._diff), name=f"{prefix}_diff"),
            path("<path:object_id>/editorial/restore/<int:number>/", wrap(self._restore), name=f"{prefix}_restore"),
            path("<path:object_id>/editorial/preview/", wrap(self._preview), name=f"{prefix}_preview"),
            path("<path:object_id>/editorial/share/", wrap(self._share), name=f"{prefix}_share"),
            path(
                "<path:object_id>/editorial/confirm-translation/",
                wrap(lambda request, object_id: translation_admin.confirm(self, request, object_id)),
                name=f"{prefix}_confirm_translation",
            ),
            *super().get_urls(),
        ]

    def _act(self, request, object_id):
        return admin_views.act(self, request, object_id)

    def _schedule(self, request, object_id):
        return admin_views.schedule(self, request, object_id)

    def _diff(self, request, object_id):
        return admin_views.diff(self, request, object_id)

    def _restore(self, request, object_id, number):
        return admin_views.restore(self, request, object_id, number)

    def _preview(self, request, object_id):
        return admin_views.preview(self, request, object_id)

    def _share(self, request, object_id):
        return admin_views.share(self, request, object_id)


class EditorsOnly:
    """Read-only admin pages for anyone with an editorial role."""

    def has_module_permission(self, request):
        return rules.is_editor(request.user)

    def has_view_permission(self, request, obj=None):
        return rules.is_editor(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReviewState)
class ReviewQueueAdmin(EditorsOnly, admin.ModelAdmin):
    """The review queue: what waits for the current user's roles, oldest first."""

    def changelist_view(self, request, extra_context=None):
        return admin_views.queue(self, request)


@admin.register(AuditEntry)
class AuditEntryAdmin(EditorsOnly, admin.ModelAdmin):
    list_display = ("at", "actor_display", "action", "record_repr", "from_state", "to_state", "comment")
    list_filter = ("action", "content_type")
    search_fields = ("record_repr", "comment", "actor_name")
    list_select_related = ("actor",)
    date_hierarchy = "at"

    @admin.display(description=_("actor"), ordering="actor_name")
    def actor_display(self, entry):
        return entry.actor_display


@admin.register(ShareLink)
class ShareLinkAdmin(EditorsOnly, admin.ModelAdmin):
    list_display = ("revision", "created_by", "created", "expires_at", "revoked_at", "view_count", "last_viewed_at")
    list_select_related = ("revision", "created_by")


__all__ = ["EditorialAdminMixin", "Stage"]
