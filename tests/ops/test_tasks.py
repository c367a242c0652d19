"""Background work runs inline by default and on a real RQ worker through Redis when configured."""

import logging

import pytest
from django.core import mail
from rq import SimpleWorker
from rq.registry import FailedJobRegistry

from archive.admin import media
from archive.models import Document, Photo, SearchEntry, Status
from editorial import workflow
from ops import tasks
from tests.editorial.files import png
from tests.factories import make_document, make_editors, make_event, make_person, make_photo, make_program
from tests.media.files import pdf_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def rq_queue(settings):
    settings.MADENI_TASK_QUEUE = "rq"
    queue = tasks.queue()
    queue.empty()
    FailedJobRegistry(queue=queue).cleanup(0)
    yield queue
    queue.empty()
    for job_id in FailedJobRegistry(queue=queue).get_job_ids():
        FailedJobRegistry(queue=queue).remove(job_id, delete_job=True)


def _work(queue):
    SimpleWorker([queue], connection=queue.connection).work(burst=True)


def test_inline_by_default_a_photo_has_its_renditions_at_once(media_root):
    photo = make_photo(image=png("inline.png", size=(40, 30)))

    assert photo.renditions.count() == 6


def test_on_the_queue_renditions_come_from_a_worker_after_commit(
    rq_queue, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        photo = make_photo(image=png("queued.png", size=(40, 30)))
        assert media.thumbnail(Photo.objects.get(pk=photo.pk)) == "Processing…"  # nothing before commit
    assert rq_queue.count == 1 and photo.renditions.count() == 0

    _work(rq_queue)

    photo = Photo.objects.get(pk=photo.pk)
    assert photo.renditions.count() == 6 and "<img" in str(media.thumbnail(photo))


def test_a_job_for_work_that_rolls_back_is_never_queued(rq_queue, media_root, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        make_photo(image=png("lost.png"))
        raise RuntimeError

    assert rq_queue.count == 0


def test_a_stale_rendition_job_does_nothing(rq_queue, media_root, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        photo = make_photo(image=png("first.png", size=(40, 30)))
    with django_capture_on_commit_callbacks(execute=True):
        photo.focal_x = 0.2
        photo.save()
    assert rq_queue.count == 2

    _work(rq_queue)

    assert Photo.objects.get(pk=photo.pk).renditions.count() == 6  # made once, for the newest save


def test_mail_is_sent_by_the_worker(rq_queue, django_capture_on_commit_callbacks):
    author, reviewer, _publisher = make_editors()
    photo = make_photo(image=None, status=Status.DRAFT, created_by=author)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(photo, by=author, reviewer=reviewer)
    assert mail.outbox == []

    _work(rq_queue)

    assert [message.to for message in mail.outbox] == [[reviewer.email]]


def boom():
    raise ValueError("the storage is down")


def test_a_failing_job_is_retried_then_kept_and_reported(
    rq_queue, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(tasks, "RETRY_INTERVALS", (0, 0, 0))
    with django_capture_on_commit_callbacks(execute=True):
        tasks.defer(boom)

    with caplog.at_level(logging.WARNING, logger="ops.tasks"):
        _work(rq_queue)

    failures = [r for r in caplog.records if r.name == "ops.tasks"]
    assert len(failures) == 4  # the first try and three retries
    assert failures[-1].levelno == logging.ERROR and "failed-job registry" in failures[-1].getMessage()
    assert len(FailedJobRegistry(queue=rq_queue)) == 1


def _key(word):
    """A word as the search index stores it (folded across scripts)."""
    from archive.search.analysis import keys

    return keys(word)[0]


def _entry(record):
    from archive import record_types

    return SearchEntry.objects.get(kind=record_types.of(record).name, object_id=record.pk)


def test_inline_by_default_a_document_is_read_at_once(media_root):
    document = make_document(file=upload("inline.pdf", pdf_bytes(["Dombra evening in Lyon"])))

    assert (document.text_status, document.page_count) == (Document.TextStatus.EXTRACTED, 1)
    assert "Dombra evening in Lyon" in document.extracted_text


def test_on_the_queue_a_worker_reads_the_document_after_commit(
    rq_queue, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(file=upload("queued.pdf", pdf_bytes(["Dombra evening", "in Lyon"])))
        assert rq_queue.count == 0  # nothing before commit
    stored = Document.objects.get(pk=document.pk)
    assert (stored.text_status, stored.page_count, stored.extracted_text) == ("pending", None, "")
    assert rq_queue.count == 1

    _work(rq_queue)

    stored = Document.objects.get(pk=document.pk)
    assert (stored.text_status, stored.page_count) == (Document.TextStatus.EXTRACTED, 2)
    assert "Lyon" in stored.extracted_text
    assert _key("Lyon") in _entry(stored).body  # indexed again with its text


def test_a_job_for_a_replaced_file_reads_nothing(rq_queue, media_root, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(file=upload("first.pdf", pdf_bytes(["First file"])))
    with django_capture_on_commit_callbacks(execute=True):
        document.file = upload("second.txt", b"Second file")
        document.save()
    assert rq_queue.count == 2

    _work(rq_queue)

    stored = Document.objects.get(pk=document.pk)
    assert stored.text_status == Document.TextStatus.EXTRACTED
    assert stored.extracted_text == "Second file"  # the first job found its file replaced


def test_on_the_queue_a_rename_reaches_the_events_through_a_worker(rq_queue, django_capture_on_commit_callbacks):
    person = make_person(name="Aida Balayeva")
    event = make_event(title="Meeting in Paris", participants=[(person, "Minister")])
    assert _key("Balayeva") in _entry(event).links

    with django_capture_on_commit_callbacks(execute=True):
        person.name = "Aida Sultanova"
        person.save()
    assert _key("Balayeva") in _entry(event).links  # the request only saved the person
    assert rq_queue.count == 1

    _work(rq_queue)

    assert _key("Sultanova") in _entry(event).links and _key("Balayeva") not in _entry(event).links


def test_on_the_queue_deleting_a_program_reindexes_its_events_through_a_worker(
    rq_queue, django_capture_on_commit_callbacks
):
    program = make_program(title="Days of Kazakh Culture")
    event = make_event(title="Meeting in Paris", programs=[program])
    assert _key("Culture") in _entry(event).links

    with django_capture_on_commit_callbacks(execute=True):
        program.delete()
    assert rq_queue.count == 1
    _work(rq_queue)

    assert _key("Culture") not in _entry(event).links
