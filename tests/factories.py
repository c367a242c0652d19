"""Small factories for tests: each makes a valid, saved record with sensible defaults.

Pass any field to override it: ``make_event(status=Status.DRAFT, date="2024/2025")``.
"""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

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
    Status,
    Theme,
)

_counter = itertools.count(1)


def _next():
    return next(_counter)


def make_user(username=None, *, groups=(), is_staff=True, is_superuser=False, **fields):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username=username or f"user{_next()}",
        password="pw",
        is_staff=is_staff,
        is_superuser=is_superuser,
        email=fields.pop("email", None) or f"{username or 'user'}@example.org",
        **fields,
    )
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def make_theme(**fields):
    n = _next()
    fields.setdefault("name", f"Theme {n}")
    fields.setdefault("slug", f"theme-{n}")
    return Theme.objects.create(**fields)


def make_place(**fields):
    fields.setdefault("name", f"Place {_next()}")
    fields.setdefault("kind", Place.Kind.CITY)
    fields.setdefault("status", Status.PUBLISHED)
    return Place.objects.create(**fields)


def make_country(name="France", code="FR", **fields):
    return make_place(name=name, kind=Place.Kind.COUNTRY, country_code=code, **fields)


def make_organization(**fields):
    fields.setdefault("name", f"Organization {_next()}")
    fields.setdefault("status", Status.PUBLISHED)
    return Organization.objects.create(**fields)


def make_person(**fields):
    fields.setdefault("name", f"Person Number{_next()}")
    fields.setdefault("status", Status.PUBLISHED)
    return Person.objects.create(**fields)


def make_position(person, **fields):
    fields.setdefault("title", "Minister of Culture")
    return Position.objects.create(person=person, **fields)


def make_program(*, organizers=(), **fields):
    fields.setdefault("title", f"Program {_next()}")
    fields.setdefault("date", "2004/..")
    fields.setdefault("status", Status.PUBLISHED)
    program = Program.objects.create(**fields)
    program.organizers.add(*organizers)
    return program


def make_event(*, programs=(), participants=(), organizations=(), themes=(), **fields):
    """``participants``: people or (person, role); ``organizations``: organizations or (organization, role)."""
    fields.setdefault("title", f"Event {_next()}")
    fields.setdefault("date", "2025-09-25")
    fields.setdefault("status", Status.PUBLISHED)
    event = Event.objects.create(**fields)
    event.programs.add(*programs)
    event.themes.add(*themes)
    for order, item in enumerate(participants):
        person, role = item if isinstance(item, tuple) else (item, "")
        Participation.objects.create(event=event, person=person, role=role, order=order)
    for item in organizations:
        organization, role = item if isinstance(item, tuple) else (item, EventOrganization.Role.PARTNER)
        EventOrganization.objects.create(event=event, organization=organization, role=role)
    return event


def make_document(*, authors=(), people=(), events=(), programs=(), themes=(), **fields):
    fields.setdefault("title", f"Document {_next()}")
    fields.setdefault("date", "2025")
    fields.setdefault("status", Status.PUBLISHED)
    document = Document.objects.create(**fields)
    document.authors.add(*authors)
    document.people.add(*people)
    document.events.add(*events)
    document.programs.add(*programs)
    document.themes.add(*themes)
    return document


def small_jpeg(name="photo.jpg", size=(64, 48)):
    """A tiny real JPEG upload, so photos can be published (they need an image)."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 90, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def make_photo(*, events=(), people=(), **fields):
    """A photo with a tiny image unless ``image`` is given (``image=None`` for none)."""
    fields.setdefault("title", f"Photo {_next()}")
    fields.setdefault("alt_text", "A photograph")
    fields.setdefault("status", Status.PUBLISHED)
    if "image" not in fields:
        fields["image"] = small_jpeg()
    elif fields["image"] is None:
        fields["image"] = ""
    photo = Photo.objects.create(**fields)
    photo.events.add(*events)
    photo.people.add(*people)
    return photo


def make_editors():
    """One user per editorial role: ``author``, ``reviewer``, ``publisher``."""
    from editorial.rules import AUTHOR, PUBLISHER, REVIEWER

    return (
        make_user(f"author{_next()}", groups=[AUTHOR]),
        make_user(f"reviewer{_next()}", groups=[REVIEWER]),
        make_user(f"publisher{_next()}", groups=[PUBLISHER]),
    )


def publish_through_workflow(record, *, author, reviewer, publisher):
    """Take ``record`` (a draft or a live record with pending changes) through review to published."""
    from editorial import workflow

    workflow.submit(record, by=author)
    workflow.approve(record, by=reviewer)
    return workflow.publish(record, by=publisher)


def hidden_states(now=None):
    """The field values of every state the public must not see, by name."""
    now = now or timezone.now()
    return {
        "draft": {"status": Status.DRAFT},
        "in-review": {"status": Status.IN_REVIEW},
        "archived": {"status": Status.ARCHIVED},
        "not-yet-live": {"status": Status.PUBLISHED, "go_live_at": now + datetime.timedelta(days=3)},
        "expired": {"status": Status.PUBLISHED, "expire_at": now - datetime.timedelta(days=3)},
    }


def make_linked_records(count, *, country=None, program=None):
    """``count`` events, each with a venue, two participants, an organization, a document and a photo,
    all published and linked to one country, one program and one theme: a small archive for
    query-count tests."""
    country = country or make_country(name=f"Country {_next()}", code="")
    program = program or make_program()
    theme = make_theme()
    city = make_place(name=f"City {_next()}", parent=country)
    events = []
    for _i in range(count):
        people = [make_person(), make_person()]
        organization = make_organization(country=country)
        make_position(people[0], organization=organization, country=country, date="2020/..")
        event = make_event(
            place=make_place(name=f"Venue {_next()}", kind=Place.Kind.VENUE, parent=city),
            programs=[program],
            participants=[(people[0], "Minister"), people[1]],
            organizations=[(organization, EventOrganization.Role.HOST)],
            themes=[theme],
        )
        make_document(authors=[people[0]], people=[people[1]], events=[event], programs=[program], themes=[theme])
        make_photo(events=[event], people=people)
        events.append(event)
    return events
