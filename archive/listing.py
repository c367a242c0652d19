"""What each record's list card shows, fetched in a fixed number of queries.

Used by ``RecordQuerySet.with_listing_relations()``. Every related record goes
through a ``Prefetch`` on a ``published()`` queryset, so a card never shows a
draft place or an expired program, and a foreign key to a record that is not
public reads as ``None``.
"""

from django.db.models import Prefetch
from django.db.models.functions import Coalesce

from archive.models import Document, Event, Organization, Person, Photo, Place, Program


def _published(model):
    return model.objects.published()


def listing_prefetches(model):
    """The ``prefetch_related`` arguments of a list of ``model`` records."""
    if model is Event:
        return [
            Prefetch("place", queryset=_published(Place)),
            Prefetch("place__country", queryset=_published(Place)),
            Prefetch("programs", queryset=_published(Program)),
            # The card's thumbnail: the event's first public photo, renditions included.
            Prefetch("photos", queryset=_published(Photo).with_renditions().order_by("pk"), to_attr="listing_photos"),
        ]
    if model is Document:
        return [
            Prefetch("publisher", queryset=_published(Organization)),
            Prefetch("authors", queryset=_published(Person)),
        ]
    if model is Person:
        return [Prefetch("photo", queryset=_published(Photo).with_renditions())]
    if model is Photo:
        return [Prefetch("renditions")]
    if model in (Organization, Place):
        return [Prefetch("country", queryset=_published(Place))]
    return []


def recently_published(queryset):
    """Newest in the archive first: by go-live time, or creation when published at once.

    The expression matches the ``*_public_recent`` indexes (migration 0003) on PostgreSQL.
    """
    return queryset.annotate(published_at=Coalesce("go_live_at", "created")).order_by("-published_at", "-pk")
