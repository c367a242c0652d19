import pytest


@pytest.fixture
def counts():
    """How many records, revisions and audit entries there are: an import must change none on a dry run."""
    from archive.models import Event
    from editorial.models import AuditEntry, Revision

    def count():
        return {
            "events": Event.objects.count(),
            "revisions": Revision.objects.count(),
            "audit": AuditEntry.objects.count(),
            "titles": sorted(Event.objects.values_list("title_en", flat=True)),
        }

    return count
