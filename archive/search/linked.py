"""Search through links: the names of the records a record shows are indexed with it.

An event is found by its participants, organizations, programs and place (with
the places around it), a document by its authors and publisher, a photo by its
events and people. Their names go into the entry's *names* column (weight B),
so a record's own title (A) still ranks first.

Never leak: only linked records that are public, with no expiry scheduled, are
indexed into another record (a record that will expire cannot take its name out
of its neighbours' entries when it does). When a linked record's name or
visibility changes, ``dependants()`` names the records to index again: only
those, in the same transaction.

Which links a record is found by, and which fields a linked record is known by (every
language version of each), are declared by each record type's ``search`` in
``archive.record_types``: ``found_by`` and ``known_by``.
"""

from django.db.models import Prefetch, Q
from django.utils import timezone

from archive import record_types

#: How far up a place's parents an event is found (venue → city → region → country).
PLACE_DEPTH = 4


def found_by(model):
    """The links records of ``model`` are found by: many-to-many names, or a foreign key."""
    return record_types.of(model).search.found_by


def known_by(model):
    """The fields a record of ``model`` is known by in the entries of records linking to it."""
    return record_types.of(model).search.known_by


def _target(model, attr):
    return model._meta.get_field(attr).related_model


def _shown(record, now):
    """May a linked record's name be indexed into another record?"""
    return record is not None and record.expire_at is None and record.is_published(now=now)


def linked_records(obj):
    """The public records ``obj`` shows through its links, in ``found_by`` order."""
    now, found = timezone.now(), []
    for attr in found_by(type(obj)):
        field = type(obj)._meta.get_field(attr)
        if field.many_to_many:
            manager = getattr(obj, attr)
            prefetched = attr in getattr(obj, "_prefetched_objects_cache", {})
            found += [
                record for record in (manager.all() if prefetched else manager.published()) if _shown(record, now)
            ]
        elif attr == "place":
            place = obj.place
            found += [record for record in (place.lineage()[:PLACE_DEPTH] if place else []) if _shown(record, now)]
        elif _shown(getattr(obj, attr), now):
            found.append(getattr(obj, attr))
    return found


def prefetches(model):
    """What ``linked_records`` reads, for a queryset of ``model`` indexed in bulk: ``(select, prefetch)``."""
    select, prefetch = [], []
    for attr in found_by(model):
        if model._meta.get_field(attr).many_to_many:
            prefetch.append(Prefetch(attr, queryset=_target(model, attr).objects.published()))
        elif attr == "place":
            select.append("__".join(["place"] + ["parent"] * (PLACE_DEPTH - 1)))
        else:
            select.append(attr)
    return select, prefetch


def with_links(queryset):
    """``queryset`` fetching what its records are found by in a fixed number of queries."""
    select, prefetch = prefetches(queryset.model)
    return queryset.select_related(*select).prefetch_related(*prefetch)


def dependants(record):
    """``{model: queryset}`` of the records that show ``record`` through a link (indexed or not)."""
    found = {}
    for model in record_types.RECORD_MODELS:
        conditions = []
        for attr in found_by(model):
            if _target(model, attr) is not type(record):
                continue
            if attr == "place":
                conditions += [Q(**{"__".join(["place"] + ["parent"] * depth): record}) for depth in range(PLACE_DEPTH)]
            else:
                conditions.append(Q(**{attr: record}))
        if conditions:
            found[model] = model._base_manager.filter(Q.create(conditions, "OR")).distinct()
    return found


def shows_links(model):
    """Is ``model`` shown in other records' entries (so a change to it may re-index them)?"""
    return bool(known_by(model))
