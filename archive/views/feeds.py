"""The Atom feed of the newest public records."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from archive.identifiers import uri
from archive.links import record_url
from archive.listing import recently_published
from archive.models import Photo
from archive.record_types import RECORD_TYPES

#: The record types whose newest records the feed announces.
FEED_MODELS = [record_type.model for record_type in RECORD_TYPES if record_type.in_feed]
FEED_SIZE = 30


def _published_at(record):
    return record.go_live_at or record.created


class LatestRecordsFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("Madeni: newest in the archive")

    def subtitle(self):
        return _(
            "Events, documents, programs and photos newly published in the archive of Kazakhstan's cultural diplomacy."
        )

    def link(self):
        return reverse("archive:home")

    def author_name(self):
        # RFC 4287: a feed whose entries name no author must name one itself.
        return _("Madeni")

    def feed_url(self):
        return reverse("archive:feed")

    def items(self):
        """The newest of each kind (one query each), merged: a fixed number of queries."""
        records = []
        for model in FEED_MODELS:
            records += list(recently_published(model.objects.published())[:FEED_SIZE])
        records.sort(key=_published_at, reverse=True)
        return records[:FEED_SIZE]

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        """The summary; a photo without one is described by its caption, alt text or title."""
        if item.summary:
            return item.summary
        if isinstance(item, Photo):
            return item.caption or item.alt_text or item.title
        return str(item)

    def item_guid(self, item):
        """The entry's ``id``: the record's persistent URI, the same in every language and on every host."""
        return uri(item)

    item_guid_is_permalink = False

    def item_link(self, item):
        return record_url(item)

    def item_pubdate(self, item):
        return _published_at(item)

    def item_updateddate(self, item):
        return item.modified
