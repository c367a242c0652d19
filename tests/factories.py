"""Small factories for tests: each makes a valid, saved record with sensible defaults.

Pass any field to override it: ``make_event(status=Status.DRAFT, date="2024/2025")``.
"""

import itertools

from django.contrib.auth import get_user_model

from archive.models import (
    Document,
    Event,
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


def make_program(**fields):
    fields.setdefault("title", f"Program {_next()}")
    fields.setdefault("date", "2004/..")
    fields.setdefault("status", Status.PUBLISHED)
    return Program.objects.create(**fields)


def make_event(*, programs=(), participants=(), **fields):
    fields.setdefault("title", f"Event {_next()}")
    fields.setdefault("date", "2025-09-25")
    fields.setdefault("status", Status.PUBLISHED)
    event = Event.objects.create(**fields)
    event.programs.add(*programs)
    for order, item in enumerate(participants):
        person, role = item if isinstance(item, tuple) else (item, "")
        Participation.objects.create(event=event, person=person, role=role, order=order)
    return event


def make_document(**fields):
    fields.setdefault("title", f"Document {_next()}")
    fields.setdefault("date", "2025")
    fields.setdefault("status", Status.PUBLISHED)
    return Document.objects.create(**fields)


def small_jpeg(name="photo.jpg", size=(64, 48)):
    """A tiny real JPEG upload, so photos can be published (they need an image)."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 90, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def make_photo(**fields):
    """A photo with a tiny image unless ``image`` is given (``image=None`` for none)."""
    fields.setdefault("title", f"Photo {_next()}")
    fields.setdefault("alt_text", "A photograph")
    fields.setdefault("status", Status.PUBLISHED)
    if "image" not in fields:
        fields["image"] = small_jpeg()
    elif fields["image"] is None:
        fields["image"] = ""
    return Photo.objects.create(**fields)


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
