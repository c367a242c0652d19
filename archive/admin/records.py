"""Admin pages for the archive's records."""

from django import forms
from django.contrib import admin
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.urls import path
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from archive.models import (
    Document,
    Event,
    EventOrganization,
    Organization,
    Participation,
    Person,
    Photo,
    Place,
    Position,
    Program,
    Theme,
)

from . import event_media, media, search
from .base import CountryFilter, NewestRelatedFilter, RecordAdmin, YearFilter, translated


class PositionCountryFilter(CountryFilter):
    path = "positions__country"


class OrganizationCountryFilter(CountryFilter):
    path = "country"


class ParticipationInline(TranslationTabularInline):
    model = Participation
    autocomplete_fields = ("person",)
    fields = ("person", "role", "order")
    extra = 0


class EventOrganizationInline(admin.TabularInline):
    model = EventOrganization
    autocomplete_fields = ("organization",)
    extra = 0


class PositionInline(TranslationTabularInline):
    model = Position
    autocomplete_fields = ("organization", "country")
    fields = ("title", "organization", "country", "date")
    extra = 0


@admin.register(Theme)
class ThemeAdmin(TranslationAdmin):
    search_fields = translated("name")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Event)
class EventAdmin(RecordAdmin):
    list_display = ("title", "event_type", "date", "place", "status", "modified")
    list_filter = ("status", "event_type", YearFilter, CountryFilter, ("programs", NewestRelatedFilter))
    list_select_related = ("place",)
    search_fields = (*translated("title"), "slug", *translated("summary"))
    autocomplete_fields = ("place", "programs", "themes")
    date_hierarchy = "date_lower"
    inlines = (ParticipationInline, EventOrganizationInline)
    fieldsets = (
        (None, {"fields": ("title", "event_type", "date", "place", "programs", "summary", "body")}),
        *RecordAdmin.record_fieldsets_tail,
    )
    change_form_template = "admin/archive/event/change_form.html"

    @property
    def media(self):
        return super().media + forms.Media(js=["editorial/event_media.js"], css={"all": ["editorial/event_media.css"]})

    def get_urls(self):
        attach = self.admin_site.admin_view(
            lambda request, object_id: event_media.attach_view(self, request, object_id)
        )
        return [path("<path:object_id>/attach/", attach, name="archive_event_attach"), *super().get_urls()]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        event = self.get_object(request, object_id) if str(object_id).isdigit() else None
        extra_context = {**(extra_context or {}), "event_media": event_media.panel(request, self, event)}
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Person)
class PersonAdmin(RecordAdmin):
    list_display = ("name", "sort_name", "date", "status", "modified")
    list_filter = ("status", PositionCountryFilter, YearFilter)
    search_fields = (*translated("name"), "aliases", "sort_name", "slug")
    autocomplete_fields = ("photo", "themes")
    inlines = (PositionInline,)
    fieldsets = (
        (None, {"fields": ("name", "sort_name", "aliases", "date", "photo", "summary", "body")}),
        (_("Identifiers elsewhere"), {"fields": ("wikidata", "viaf", "orcid")}),
        *RecordAdmin.record_fieldsets_tail,
    )


@admin.register(Program)
class ProgramAdmin(RecordAdmin):
    list_display = ("title", "kind", "date", "featured", "status", "modified")
    list_filter = ("status", "kind", "featured", YearFilter)
    search_fields = (*translated("title"), "slug")
    autocomplete_fields = ("organizers", "themes")
    date_hierarchy = "date_lower"
    fieldsets = (
        (None, {"fields": ("title", "kind", "date", "organizers", "featured", "summary", "body")}),
        *RecordAdmin.record_fieldsets_tail,
    )


@admin.register(Document)
class DocumentAdmin(RecordAdmin):
    form = media.DocumentAdminForm
    # Django 5.2 warns unless URL fields say which scheme to assume; links today are https.
    formfield_overrides = {**RecordAdmin.formfield_overrides, models.URLField: {"assume_scheme": "https"}}
    list_display = ("title", "doc_type", "date", "language", "publisher", "status", "modified")
    list_filter = (
        "status",
        "doc_type",
        ("language", search.IndexedValuesFilter),
        YearFilter,
        ("programs", NewestRelatedFilter),
    )
    list_select_related = ("publisher",)
    search_fields = (*translated("title"), "slug", "doi", "url")
    autocomplete_fields = ("authors", "publisher", "events", "people", "programs", "themes")
    date_hierarchy = "date_lower"
    readonly_fields = (*RecordAdmin.readonly_fields, "original_filename", "size", "page_count", "text_status")
    file_fields = ("doi", "url", "file", "rights", "original_filename", "size", "page_count", "text_status")
    fieldsets = (
        (None, {"fields": ("title", "doc_type", "date", "language", "authors", "publisher", "summary", "body")}),
        (_("Identifiers and file"), {"fields": file_fields}),
        (_("About"), {"fields": ("events", "people", "programs")}),
        *RecordAdmin.record_fieldsets_tail,
    )

    @admin.display(description=_("file size"))
    def size(self, document):
        return filesizeformat(document.file_size) if document.file_size is not None else "—"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "file" in form.changed_data and obj.file:
            media.warn_if_text_not_extracted(request, obj)


@admin.register(Organization)
class OrganizationAdmin(RecordAdmin):
    list_display = ("name", "acronym", "kind", "country", "status", "modified")
    list_filter = ("status", "kind", OrganizationCountryFilter)
    list_select_related = ("country",)
    search_fields = (*translated("name"), "acronym", "slug")
    autocomplete_fields = ("country", "themes")
    fieldsets = (
        (None, {"fields": ("name", "acronym", "kind", "country", "website", "summary", "body")}),
        (_("Identifiers elsewhere"), {"fields": ("wikidata", "viaf")}),
        *RecordAdmin.record_fieldsets_tail,
    )


@admin.register(Place)
class PlaceAdmin(RecordAdmin):
    list_display = ("name", "kind", "parent", "country_code", "status")
    list_filter = ("status", "kind")
    list_select_related = ("parent",)
    search_fields = (*translated("name"), "country_code", "slug")
    autocomplete_fields = ("parent", "themes")
    fieldsets = (
        (None, {"fields": ("name", "kind", "parent", "country_code", "latitude", "longitude", "summary", "body")}),
        (_("Identifiers elsewhere"), {"fields": ("wikidata", "geonames")}),
        *RecordAdmin.record_fieldsets_tail,
    )


@admin.register(Photo)
class PhotoAdmin(RecordAdmin):
    form = media.PhotoAdminForm
    list_display = ("thumbnail", "title", "date", "credit", "status", "modified")
    list_display_links = ("thumbnail", "title")
    list_filter = ("status", "rights", YearFilter)
    search_fields = (*translated("title"), *translated("caption"), "credit", "slug")
    autocomplete_fields = ("events", "people", "themes")
    date_hierarchy = "date_lower"
    readonly_fields = (*RecordAdmin.readonly_fields, "preview", "width", "height")
    fieldsets = (
        (None, {"fields": ("title", "image", "preview", "alt_text", "caption", "date", "credit", "rights")}),
        (_("Focal point"), {"fields": ("focal_x", "focal_y")}),
        (_("Shows"), {"fields": ("events", "people", "summary", "body")}),
        *RecordAdmin.record_fieldsets_tail,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("renditions")

    def get_urls(self):
        upload = self.admin_site.admin_view(lambda request: media.upload_photos_view(self, request))
        return [path("upload/", upload, name="archive_photo_upload"), *super().get_urls()]

    @admin.display(description=_("photo"))
    def thumbnail(self, photo):
        return media.thumbnail(photo)

    @admin.display(description=_("preview"))
    def preview(self, photo):
        return media.thumbnail(photo)
