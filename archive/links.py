"""Where each kind of record lives on the public site: ``/<lang>/<segment>/<slug>/``."""

from django.urls import reverse

from archive.models import Document, Event, Organization, Person, Photo, Place, Program

#: URL segment of each public record type, in menu order. The models keep no
#: URLs of their own; everything that links to a record goes through here.
SEGMENTS = {
    Event: "events",
    Person: "people",
    Program: "programs",
    Document: "documents",
    Organization: "organizations",
    Place: "places",
    Photo: "photos",
}
MODELS_BY_SEGMENT = {segment: model for model, segment in SEGMENTS.items()}


def list_url_name(model):
    return f"archive:{SEGMENTS[model]}"


def detail_url_name(model):
    return f"archive:{model._meta.model_name}"


def record_url(record, lang=None):
    """The public address of a record in the active language (or ``lang``)."""
    from django.utils import translation

    if lang is None:
        return reverse(detail_url_name(type(record)), kwargs={"slug": record.slug})
    with translation.override(lang):
        return reverse(detail_url_name(type(record)), kwargs={"slug": record.slug})


def theme_url(record, theme):
    """The list of records of ``record``'s type on ``theme`` (events, for types whose list has no theme filter)."""
    from django.utils.http import urlencode

    from archive.views.browse import RecordListView

    lists = {view.model: view for view in RecordListView.__subclasses__()}
    view = lists.get(type(record))
    model = type(record) if view and "theme" in view.filterset_class.base_filters else Event
    return f"{reverse(list_url_name(model))}?{urlencode({'theme': theme.slug})}"
