from .base import Dated, Record, RecordQuerySet, Status, Theme, published_q
from .documents import Document
from .events import Event, EventOrganization, Participation, Program
from .people import Person, Position
from .photos import Photo, Rights
from .places import Organization, Place
from .renditions import Rendition
from .search import SearchEntry, SearchKey, SearchWord

__all__ = [
    "Dated",
    "Document",
    "Event",
    "EventOrganization",
    "Organization",
    "Participation",
    "Person",
    "Photo",
    "Place",
    "Position",
    "Program",
    "Record",
    "RecordQuerySet",
    "Rendition",
    "Rights",
    "SearchEntry",
    "SearchKey",
    "SearchWord",
    "Status",
    "Theme",
    "published_q",
]
