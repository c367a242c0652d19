"""Load the demo archive: what ``manage.py loaddemo`` runs.

It may run any number of times: records are keyed by slug, missing ones are created,
existing ones are left as they are (unless ``refresh``), and generated files are made
only once. (Not in ``demo/__init__.py``: Django imports an app's package before its
models are ready, and this imports them.)
"""

from django.db import transaction
from django.test.utils import override_settings
from django.utils import translation

from . import accounts, documents, events, organizations, people, photos, places, programs, reviews
from .sync import Loader

#: In dependency order: each step may refer to records of the steps before it.
STEPS = (places.load, organizations.load, people.load, programs.load, events.load, documents.load, photos.load)


def load(stdout, *, refresh=False):
    """Load the demo archive, then the demo accounts (DEBUG only)."""
    loader = Loader(refresh=refresh)
    with translation.override("en"), transaction.atomic():
        for step in STEPS:
            step(loader)
    stdout.write(loader.summary())
    accounts.load(stdout)
    # Then a few records move through the real workflow as the demo users:
    # submissions with comments, a send-back, a live record with pending changes.
    # Its notification mails would bury the passwords printed above: none are sent.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        reviews.load(stdout)
