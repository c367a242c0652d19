"""Share links made before tokens were hashed keep working after the migration."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.test import Client
from django.utils import timezone

from editorial import revisions
from tests.factories import make_event

BEFORE = [("editorial", "0003_audit_labels")]
# Forward to the newest editorial migration: the test code runs on today's models.
AFTER = MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes("editorial")

# Migrating needs real transactions.
pytestmark = pytest.mark.django_db(transaction=True)


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def test_links_made_before_hashing_keep_working_and_revoked_ones_stay_revoked(author):
    record = make_event(created_by=author, title="Days of Culture")
    revision = revisions.create(record, by=author)
    old = _migrate(BEFORE)
    try:
        ShareLink = old.get_model("editorial", "ShareLink")
        later = timezone.now() + timezone.timedelta(days=3)
        ShareLink.objects.create(token="old-token-that-works", revision_id=revision.pk, expires_at=later)
        ShareLink.objects.create(
            token="old-token-revoked", revision_id=revision.pk, expires_at=later, revoked_at=timezone.now()
        )
    finally:
        _migrate(AFTER)

    assert Client().get("/editorial/share/old-token-that-works/").status_code == 200
    assert Client().get("/editorial/share/old-token-revoked/").status_code == 403
    assert Client().get("/editorial/share/old-token-unknown/").status_code == 404


def test_the_migration_goes_back_with_links_present(author, publisher):
    from editorial import workflow

    record = make_event(created_by=author)
    workflow.share(record, by=publisher)
    workflow.share(record, by=publisher)
    _migrate(BEFORE)
    _migrate(AFTER)
