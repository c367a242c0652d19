import pytest

from editorial.rules import AUTHOR, REVIEWER
from tests.factories import make_user


@pytest.fixture
def author(db):
    return make_user("author", groups=[AUTHOR])


@pytest.fixture
def reviewer(db):
    return make_user("reviewer", groups=[REVIEWER])


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
