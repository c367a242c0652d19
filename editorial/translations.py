"""Translations that keep up: which translated fields fell behind their source text.

Records are written in the source language (``MODELTRANSLATION_DEFAULT_LANGUAGE``, English)
and translated into the others. Each save through the workflow (``workflow.saved``,
``save_pending``, ``restore``) calls ``track`` with the content it stored: a translation
whose text changed is taken as made from the source text of that save; one whose text did
not change while the source did is *outdated* until someone updates it or confirms it
(``workflow.confirm_translation``). The state follows the working copy: for a live record,
its pending changes.

``needs_translation(queryset, language)`` narrows records to those missing or behind in a
language (the admin's list filter); ``outdated_translations(language)`` lists the outdated
fields of every record type, for the dashboard.
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from modeltranslation.translator import NotRegistered, translator

from . import content
from .models import TranslationState

SOURCE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
EMPTY = hashlib.sha256(b"").hexdigest()


def languages():
    return [code for code, _name in settings.LANGUAGES]


def targets():
    """The languages translated from the source language."""
    return [code for code in languages() if code != SOURCE]


def fields_of(model):
    """The record's own translated fields, in declaration order (``title``, ``summary``, ``body``)."""
    try:
        names = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return [f.name for f in model._meta.concrete_fields if f.name in names]


def digest(text):
    """The text as compared: line endings and surrounding space do not count as a change."""
    normal = (text or "").replace("\r\n", "\n").strip()
    return hashlib.sha256(normal.encode()).hexdigest()


def _text(data, field, language):
    return (data.get("fields", {}).get(f"{field}_{language}") or "").strip()


def _states(record):
    return {(s.field, s.language): s for s in TranslationState.objects.for_record(record)}


def track(record, data, *, previous=None):
    """Bring the translation states of ``record`` up to date with ``data`` (serialized content).

    ``previous`` is the content before this save: a record never tracked before takes its
    translations as made from the source text they stood beside there.
    """
    ct, now = ContentType.objects.get_for_model(record), timezone.now()
    states = _states(record)
    new, changed, gone = [], [], []
    for field in fields_of(type(record)):
        source = digest(_text(data, field, SOURCE))
        for language in targets():
            text = _text(data, field, language)
            state = states.get((field, language))
            if not text:
                if state is not None:
                    gone.append(state.pk)
                continue
            if state is None:
                state = TranslationState(content_type=ct, object_id=record.pk, field=field, language=language)
                before = previous and _text(previous, field, language)
                if before:
                    state.source_hash = digest(_text(previous, field, SOURCE))
                    state.text_hash = digest(before)
                new.append(state)
            else:
                changed.append(state)
            if state.text_hash != digest(text) or state.source_hash == EMPTY:
                # Written (or rewritten) now, or written before there was any source text: made from this source.
                state.source_hash, state.text_hash = source, digest(text)
            state.outdated = source != EMPTY and state.source_hash != source
            state.updated = now
    if gone:
        TranslationState.objects.filter(pk__in=gone).delete()
    TranslationState.objects.bulk_create(new)
    if changed:
        TranslationState.objects.bulk_update(changed, ["source_hash", "text_hash", "outdated", "updated"])
    return outdated(record)


def track_row(record, *, previous=None):
    """``track`` with the record's row as it is now (saves of records that are not live)."""
    return track(record, content.serialize(record), previous=previous)


def outdated(record):
    """The outdated fields of ``record``: {language: [field, …]} in form order."""
    order = {name: i for i, name in enumerate(fields_of(type(record)))}
    found = {}
    for state in TranslationState.objects.for_record(record).filter(outdated=True):
        found.setdefault(state.language, []).append(state.field)
    return {lang: sorted(names, key=order.get) for lang, names in found.items()}


def confirm(record, language, fields=None):
    """Take the outdated translations of ``record`` in ``language`` as right for the current source.

    Returns the fields confirmed. The caller (``workflow.confirm_translation``) checks and audits.
    """
    states = TranslationState.objects.for_record(record).filter(language=language, outdated=True)
    if fields:
        states = states.filter(field__in=fields)
    states = list(states)
    data, now = _working_content(record), timezone.now()
    for state in states:
        state.source_hash, state.outdated, state.updated = digest(_text(data, state.field, SOURCE)), False, now
    TranslationState.objects.bulk_update(states, ["source_hash", "outdated", "updated"])
    return [state.field for state in states]


def _working_content(record):
    from . import revisions

    return revisions.working_content(record)


def outdated_translations(language=None, *, model=None):
    """Outdated translated fields of every record (or of ``model``), newest first: for the dashboard.

    Each row has ``content_type``, ``object_id``, ``field`` and ``language``; ``.record`` finds the record.
    """
    states = TranslationState.objects.filter(outdated=True)
    if language:
        states = states.filter(language=language)
    if model is not None:
        states = states.filter(content_type=ContentType.objects.get_for_model(model))
    return states.select_related("content_type").order_by("-updated", "pk")


def _blank(column):
    return Q(**{column: ""}) | Q(**{f"{column}__isnull": True})


def missing_q(model, language):
    """Records with text in another language that ``language`` lacks.

    For a target language the other is the source; for the source language, any target.
    """
    query = Q()
    others = targets() if language == SOURCE else [SOURCE]
    for field in fields_of(model):
        filled = Q()
        for other in others:
            filled |= ~_blank(f"{field}_{other}")
        query |= _blank(f"{field}_{language}") & filled
    return query


def needs_translation(queryset, language):
    """The records of ``queryset`` missing text in ``language``, or whose ``language`` text is outdated."""
    if language not in languages():
        return queryset.none()
    model = queryset.model
    behind = outdated_translations(language, model=model).values("object_id")
    return queryset.filter(missing_q(model, language) | Q(pk__in=behind))


def language_name(code):
    """The language's name in the page language ("Kazakh", «Қазақ тілі»…)."""
    return str(dict(settings.LANGUAGES).get(code, code))
