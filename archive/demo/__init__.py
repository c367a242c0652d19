"""The demo archive: real facts on Kazakhstan's cultural diplomacy, written for Madeni.

``load()`` is what ``manage.py loaddemo`` runs. It may run any number of times:
records are keyed by slug, missing ones are created, existing ones are left as
they are (unless ``refresh``), and generated files are made only once.
"""

from django.db import transaction
from django.utils import translation

from . import accounts, documents, events, organizations, people, photos, places, programs
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
    # Workflow demo step goes here: it runs after the records and the accounts
    # exist, so it can move a few records through editorial transitions as the
    # demo users. It must itself be idempotent (act only on records still in
    # their loaded state).
