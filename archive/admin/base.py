"""Shared admin machinery for every archive record."""

import datetime

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.main import SEARCH_VAR
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from archive import dates
from archive.admin import search
from archive.models import Place
from editorial.admin import EditorialAdminMixin


def translated(*fields):
    """Every language column of the given translated fields, for search_fields."""
    return tuple(f"{field}_{code}" for field in fields for code, _name in settings.LANGUAGES)


class YearFilter(admin.SimpleListFilter):
    """Year or decade, with overlap semantics: 2025 finds an event of 2024/2025."""

    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        this_year = timezone.localdate().year
        years = [(str(y), str(y)) for y in range(this_year, this_year - 12, -1)]
        first_decade = this_year // 10 * 10
        decades = [(f"{d}s", f"{d}s") for d in range(first_decade, 1980, -10)]
        return years + decades + [("earlier", _("Before 1990")), ("undated", _("Undated"))]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if value == "undated":
            return queryset.filter(date_lower__isnull=True)
        if value == "earlier":
            return queryset.filter(date_lower__lt=datetime.date(1990, 1, 1))
        try:
            if value.endswith("s"):
                decade = int(value[:-1])
                start, end = dates.year_range(decade, decade + 9)
            else:
                start, end = dates.year_range(int(value), int(value))
        except ValueError:
            return queryset.none()
        return queryset.filter(date_lower__lte=end, date_upper__gte=start)


class CountryFilter(admin.SimpleListFilter):
    """Filter by country through a lookup path set on the subclass."""

    title = _("country")
    parameter_name = "country"
    path = "place__country"

    def lookups(self, request, model_admin):
        return [(str(p.pk), p.name) for p in Place.objects.filter(kind=Place.Kind.COUNTRY).order_by("name")]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if not self.value().isdigit():
            return queryset.none()
        return queryset.filter(**{self.path: self.value()}).distinct()


class NewestRelatedFilter(admin.RelatedFieldListFilter):
    """A filter by related record (a program) that offers the newest ``limit`` of them, not every one.

    Django's own lists every related record in the sidebar: an archive's programs grow with it
    (3,000 at a million events: 120 ms more for each events list). The newest added are the ones
    being worked on; the chosen ones are always offered too, and any program's events are a
    click away on its own page (or ``?programs__id__exact=`` by hand).
    """

    limit = 30

    def field_choices(self, field, request, model_admin):
        related = field.related_model._default_manager.all()
        newest = list(related.order_by("-pk").values_list("pk", flat=True)[: self.limit])
        chosen = [value for value in self.lookup_val or () if str(value).isdigit()]
        records = related.filter(pk__in=[*newest, *chosen])
        return sorted(((record.pk, str(record)) for record in records), key=lambda choice: choice[1].casefold())


class RecordAdmin(EditorialAdminMixin, TranslationAdmin):
    """Base admin of every record: status, stamps, sources, themes; the workflow comes from the mixin."""

    list_per_page = 50
    # Django 6 assumes https for scheme-less URLs; say so now (5.2 warns otherwise).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    show_full_result_count = False
    readonly_fields = ("created", "modified")
    autocomplete_fields = ("themes",)
    record_fieldsets_tail = (
        (_("Sources and themes"), {"fields": ("sources", "themes")}),
        (_("Publication"), {"fields": ("slug", "status", "go_live_at", "expire_at", "created", "modified")}),
    )

    def get_search_results(self, request, queryset, search_term):
        """Search the joined search fields, which PostgreSQL has a trigram index on (``admin/search.py``)."""
        if not search_term:
            return queryset, False
        return search.search(queryset, self.search_fields, search_term), False

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        paginator = search.SearchPaginator if request.GET.get(SEARCH_VAR) else search.CappedPaginator
        return paginator(queryset, per_page, orphans, allow_empty_first_page)

    def get_changelist(self, request, **kwargs):
        return search.RecordChangeList

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
