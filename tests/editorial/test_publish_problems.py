"""A record that is not ready to be public cannot be published: a photo needs alt text."""

import pytest

from archive.models import Photo, Status
from editorial import workflow
from tests.factories import make_editors, make_photo

pytestmark = pytest.mark.django_db


def test_photo_without_alt_text_is_refused_at_publish_and_stays_unpublished():
    author, reviewer, publisher = make_editors()
    photo = make_photo(status=Status.DRAFT, alt_text="", created_by=author)
    workflow.submit(photo, by=author)
    workflow.approve(photo, by=reviewer)
    with pytest.raises(workflow.Refused, match="alt text"):
        workflow.publish(photo, by=publisher)
    assert not Photo.objects.published().filter(pk=photo.pk).exists()


def test_records_with_nothing_missing_publish():
    author, reviewer, publisher = make_editors()
    photo = make_photo(status=Status.DRAFT, alt_text="Two ministers shake hands", created_by=author)
    workflow.submit(photo, by=author)
    workflow.approve(photo, by=reviewer)
    workflow.publish(photo, by=publisher)
    assert Photo.objects.published().filter(pk=photo.pk).exists()
