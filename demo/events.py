"""Load the demo events with their programmes, organizations and participants."""

from archive.models import Event, Organization, Person, Place, Program, Status, Theme

from . import events_france, events_kazakhstan
from .sync import tr

EVENTS = events_france.EVENTS + events_kazakhstan.EVENTS


def load(loader):
    for data in EVENTS:
        values = {
            **tr("title", data["title"]),
            **tr("summary", data.get("summary", "")),
            **tr("body", data.get("body", "")),
            "event_type": data["event_type"],
            "date": data["date"],
            "place": loader.get(Place, data["place"]) if data.get("place") else None,
            "sources": data.get("sources", ""),
            "status": data.get("status", Status.PUBLISHED),
        }
        m2m = {
            "programs": loader.many(Program, data.get("programs", [])),
            "themes": loader.many(Theme, data.get("themes", [])),
        }
        event, touched = loader.record(Event, data["slug"], values, m2m=m2m)
        if not touched:
            continue
        loader.rows(
            event.event_organizations.all(),
            lambda row: (row.organization_id, row.role),
            {
                (loader.get(Organization, slug).pk, role): {
                    "event": event,
                    "organization": loader.get(Organization, slug),
                    "role": role,
                }
                for slug, role in data.get("organizations", [])
            },
        )
        loader.rows(
            event.participations.all(),
            lambda row: row.person_id,
            {
                loader.get(Person, slug).pk: {
                    "event": event,
                    "person": loader.get(Person, slug),
                    **tr("role", role),
                    "order": order,
                }
                for order, (slug, role) in enumerate(data.get("participants", []))
            },
        )
