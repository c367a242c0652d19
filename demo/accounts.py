"""Demo accounts, one per editorial role, for development only."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

# username, group (named exactly as the editorial migration names it), superuser
ACCOUNTS = [
    ("author", "Author", False),
    ("reviewer", "Reviewer", False),
    ("publisher", "Publisher", False),
    ("admin", None, True),
]


def load(stdout):
    """Create the accounts that are missing and print their passwords, once.

    Existing accounts, and their passwords, are never touched. Nothing at all
    happens unless DEBUG is on: a production database gets no known usernames.
    """
    if not settings.DEBUG:
        stdout.write("DEBUG is off: demo accounts are not created (they are for development only).")
        return
    User = get_user_model()
    # All or nothing: if the passwords cannot be printed, no account keeps one nobody saw.
    with transaction.atomic():
        for username, group, superuser in ACCOUNTS:
            if User.objects.filter(username=username).exists():
                stdout.write(f"Demo account {username!r} exists; its password is unchanged.")
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username,
                email=f"{username}@example.org",
                password=password,
                is_staff=True,
                is_superuser=superuser,
            )
            if group:
                user.groups.add(Group.objects.get_or_create(name=group)[0])
            stdout.write(f"Created demo account {username!r} with password {password} (shown only this once).")
