"""prune_media deletes files no record refers to, such as those of a rolled-back upload."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

from tests.factories import make_document, make_photo
from tests.media import files

pytestmark = pytest.mark.django_db


def _rolled_back_photo():
    with pytest.raises(RuntimeError), transaction.atomic():
        make_photo(image=files.upload("lost.jpg", files.jpeg_bytes(400, 300)))
        raise RuntimeError("the request failed after the upload")


def _prune(*args):
    out = io.StringIO()
    call_command("prune_media", *args, stdout=out)
    return out.getvalue()


def test_it_deletes_the_files_of_a_rolled_back_upload_and_keeps_the_rest(media_root):
    kept_photo = make_photo(image=files.upload("kept.jpg", files.jpeg_bytes(400, 300)))
    kept_document = make_document(file=files.upload("kept.pdf", files.pdf_bytes()))
    kept = files.stored_files(media_root)
    _rolled_back_photo()
    assert len(files.stored_files(media_root)) == len(kept) + 7

    report = _prune("--grace", "0")

    assert "7 orphaned file(s) deleted." in report
    assert files.stored_files(media_root) == kept
    assert kept_photo.image.name in kept and kept_document.file.name in kept


def test_dry_run_lists_without_deleting(media_root):
    _rolled_back_photo()
    before = files.stored_files(media_root)

    report = _prune("--grace", "0", "--dry-run")

    assert "7 orphaned file(s) found." in report
    assert report.count("would delete") == 7
    assert files.stored_files(media_root) == before


def test_recent_files_are_kept_during_the_grace_period(media_root):
    _rolled_back_photo()

    assert "0 orphaned file(s) deleted." in _prune()
    assert len(files.stored_files(media_root)) == 7


def test_an_empty_storage_has_nothing_to_prune(media_root):
    assert "0 orphaned file(s) deleted." in _prune("--grace", "0")
