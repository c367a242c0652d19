"""A property of the whole workflow: no sequence of editorial actions loses a file.

Hypothesis drives a document and a photo through random sequences of upload, replace, pending
edit, submit, send back, approve, publish, restore, archive, unpublish and prune, as their
editors would in the admin. After every step, every file that a live row, a rendition or a kept
revision names exists, and every public file answers 200.
"""

import io
import itertools

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from archive.models import Document, Photo, Status
from editorial import retention, revisions, rules, workflow
from tests.editorial.admin_forms import change_url, form_data
from tests.editorial.files import png
from tests.factories import make_document, make_editors, make_photo

KINDS = st.sampled_from(["document", "photo"])
COLORS = itertools.cycle(["red", "green", "blue", "olive", "teal", "navy"])


class FileSafety(RuleBasedStateMachine):
    #: pytest-django's ``django_capture_on_commit_callbacks``: every step runs its after-commit
    #: work, as it would in production, so work that escapes a rollback shows.
    after_commit = None

    def __init__(self):
        super().__init__()
        # Each example starts from the same database: its rows go when it ends (files stay).
        self._example = transaction.atomic()
        self._example.__enter__()
        self.author, self.reviewer, self.publisher = make_editors()
        self.editor, self.public = Client(), Client()
        self.editor.force_login(self.author)
        self.n = 0
        self.records = {
            "document": make_document(
                status=Status.DRAFT, created_by=self.author, file=SimpleUploadedFile("first.txt", b"first")
            ),
            "photo": make_photo(status=Status.DRAFT, created_by=self.author, image=png("first.png", size=(40, 30))),
        }
        for record in self.records.values():
            workflow.saved(record, by=self.author, created=True)

    def _record(self, kind):
        model = Document if kind == "document" else Photo
        return model.objects.get(pk=self.records[kind].pk)

    def _new_file(self, kind):
        self.n += 1
        if kind == "document":
            return {"file": SimpleUploadedFile(f"v{self.n}.txt", f"version {self.n}".encode())}
        return {"image": png(f"v{self.n}.png", size=(20 + self.n % 30, 20), color=next(COLORS))}

    def _edit(self, kind, changes):
        record = self._record(kind)
        if not rules.can(self.author, "edit", record):
            return
        page = self.editor.get(change_url(record))
        with self.after_commit(execute=True):
            response = self.editor.post(change_url(record), {**form_data(page), **changes})
        assert response.status_code == 302, response.context["adminform"].form.errors

    def _act(self, kind, action, user, **kwargs):
        record = self._record(kind)
        if rules.can(user, action, record):
            try:
                with self.after_commit(execute=True):
                    getattr(workflow, action)(record, by=user, **kwargs)
            except workflow.Refused:
                pass  # a refusal changes nothing, which the invariant checks too

    @rule(kind=KINDS)
    def upload_or_replace(self, kind):
        """On a draft this replaces the file; on a live record it is a pending edit."""
        self._edit(kind, self._new_file(kind))

    @rule(kind=KINDS, x=st.floats(0, 1))
    def edit_without_a_file(self, kind, x):
        self._edit(kind, {"focal_x": f"{x:.2f}"} if kind == "photo" else {"doi": f"10.1000/{self.n}"})

    @rule(kind=KINDS)
    def submit(self, kind):
        self._act(kind, "submit", self.author)

    @rule(kind=KINDS)
    def send_back(self, kind):
        self._act(kind, "send_back", self.reviewer, comment="Please check the file.")

    @rule(kind=KINDS)
    def approve(self, kind):
        self._act(kind, "approve", self.reviewer)

    @rule(kind=KINDS)
    def publish(self, kind):
        self._act(kind, "publish", self.publisher)

    @rule(kind=KINDS)
    def archive(self, kind):
        self._act(kind, "archive", self.publisher)

    @rule(kind=KINDS)
    def unpublish(self, kind):
        self._act(kind, "unpublish", self.publisher)

    @rule(kind=KINDS, pick=st.integers(min_value=0))
    def restore(self, kind, pick):
        record = self._record(kind)
        history = list(revisions.for_record(record).order_by("number"))
        self._act(kind, "restore", self.author, revision=history[pick % len(history)])

    @rule()
    def prune(self):
        call_command("prune_media", "--grace", "0", stdout=io.StringIO())

    def teardown(self):
        transaction.set_rollback(True)
        self._example.__exit__(None, None, None)

    @invariant()
    def every_named_file_exists(self):
        missing = sorted(name for name in retention.needed_names() if not default_storage.exists(name))
        assert missing == []

    @invariant()
    def public_files_answer(self):
        for kind in self.records:
            record = self._record(kind)
            if not type(record).objects.published().filter(pk=record.pk).exists():
                continue
            url = record.download_url() if kind == "document" else record.rendition_url("thumb")
            response = self.public.get(url)
            response.close()
            assert response.status_code == 200, (kind, url)


@pytest.mark.django_db
def test_no_sequence_of_editorial_actions_loses_a_file(media_root, django_capture_on_commit_callbacks, monkeypatch):
    monkeypatch.setattr(FileSafety, "after_commit", staticmethod(django_capture_on_commit_callbacks))
    run_state_machine_as_test(
        FileSafety,
        settings=settings(
            max_examples=12,
            stateful_step_count=14,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
