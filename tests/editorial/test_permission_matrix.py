"""The permission matrix: every kind of user × every transition and editorial URL × every state.

Run over two record types. The expectations are written out here, independently of
``editorial.rules``; each case goes through the HTTP endpoint and checks both the response
and that a refused case changed nothing (and ``can()`` agrees, so buttons match).
"""

import pytest
from django.test import Client
from django.urls import reverse

from archive.models import Event, Photo, Status
from editorial import content, revisions, rules
from editorial.models import AuditEntry, ReviewState, Revision, ShareLink, Stage
from tests.editorial.admin_forms import change_url, editorial_url, form_data
from tests.factories import make_event, make_photo, make_user

STATES = ("draft", "in_review", "approved", "published", "pending", "archived")
EDITORS = ("author_own", "author_other", "reviewer", "publisher")
LIVE_AND_BEFORE = {"draft", "in_review", "approved", "published", "pending"}

#: action → {user kind: states it is allowed from}. Superusers: every state listed for anyone.
EXPECTED = {
    "submit": {"author_own": {"draft", "pending"}},
    "approve": {"reviewer": {"in_review"}},
    "send_back": {"reviewer": {"in_review", "approved"}},
    "comment": {"reviewer": {"in_review", "approved"}},
    "publish": {"publisher": {"approved"}},
    "unpublish": {"publisher": {"published", "pending", "archived"}},
    "archive": {"publisher": {"published", "pending"}},
    "schedule": {"publisher": LIVE_AND_BEFORE},
    "edit": {"author_own": {"draft", "published", "pending"}},
    "restore": {"author_own": {"draft", "published", "pending"}},
    "share": {"publisher": LIVE_AND_BEFORE},
    "preview": dict.fromkeys(EDITORS, set(STATES)),
    "diff": dict.fromkeys(EDITORS, set(STATES)),
    "history": dict.fromkeys(EDITORS, set(STATES)),
}
USERS = ("anonymous", "inactive_staff", "staff_no_role", *EDITORS, "superuser")
MODELS = {"event": make_event, "photo": make_photo}


def expected(user, action, state):
    allowed = EXPECTED[action]
    if user == "superuser":
        return any(state in states for states in allowed.values())
    return state in allowed.get(user, set())


def _user(kind, owner):
    if kind == "anonymous":
        return None
    if kind == "author_own":
        return owner
    groups = {"author_other": ["Author"], "reviewer": ["Reviewer"], "publisher": ["Publisher"]}.get(kind, [])
    if kind == "inactive_staff":
        return make_user("inactive", groups=["Author", "Reviewer", "Publisher"], is_active=False)
    return make_user(kind, groups=groups, is_superuser=kind == "superuser")


def _record(model_name, state, owner):
    status = {"draft": Status.DRAFT, "in_review": Status.IN_REVIEW, "approved": Status.IN_REVIEW}.get(
        state, Status.ARCHIVED if state == "archived" else Status.PUBLISHED
    )
    record = MODELS[model_name](status=status, created_by=owner, summary="Stored summary")
    revisions.create(record, by=owner, comment="baseline")
    if state in ("in_review", "approved", "pending"):
        stage = {"in_review": Stage.IN_REVIEW, "approved": Stage.APPROVED, "pending": Stage.DRAFT}[state]
        ReviewState.objects.create(content_type_id=_ct(record), object_id=record.pk, stage=stage)
    if state == "pending":
        data = content.serialize(record)
        data["fields"]["summary_en"] = "Pending secret summary"
        type(record).objects.filter(pk=record.pk).update(has_pending_changes=True)
        record.refresh_from_db()
        revisions.create(record, by=owner, data=data, pending=True)
    return type(record).objects.get(pk=record.pk)


def _ct(record):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(record).pk


def _snapshot(record):
    row = type(record)._base_manager.get(pk=record.pk)
    return (
        row.status,
        row.version,
        row.go_live_at,
        row.has_pending_changes,
        Revision.objects.for_record(record).count(),
        ShareLink.objects.count(),
        AuditEntry.objects.count(),
    )


#: The change form's data per record, read the first time a case edits it. Every case starts
#: from the same rows (each is rolled back), so the form is the same for every user.
_forms = {}


def _form_data(record, owner):
    key = (type(record), record.pk)
    if key not in _forms:
        builder = Client()
        builder.force_login(owner)  # sees the full form wherever anyone may edit
        _forms[key] = form_data(builder.get(change_url(record)), summary_en="Edited summary")
    return _forms[key]


def _perform(client, action, record, owner):
    """Try ``action`` through its URL; return whether the response looked like success."""
    if action in ("preview", "diff", "history"):
        url = change_url(record).replace("/change/", "/history/") if action == "history" else None
        response = client.get(url or editorial_url(record, action))
        return response.status_code == 200, response
    if action == "edit":
        response = client.post(change_url(record), _form_data(record, owner))
        return response.status_code == 302 and "/login/" not in response.get("Location", ""), response
    if action == "schedule":
        response = client.post(editorial_url(record, "schedule"), {"go_live_at": "2030-01-01T10:00"})
    elif action == "restore":
        response = client.post(editorial_url(record, "restore", 1))
    elif action == "share":
        response = client.post(editorial_url(record, "share"), {"days": 3})
    else:
        # "confirmed": unpublish and archive are asked again first (test_confirm_withdrawal.py).
        payload = {"action": action, "version": record.version, "comment": "Matrix comment", "confirmed": "1"}
        response = client.post(editorial_url(record, "act"), payload)
    return None, response


@pytest.fixture(scope="module")
def world(module_db):
    """The owner, a user of every kind and a record in every state, made once for the module.

    Each test runs in a savepoint of its own, so what a case changes is gone before the next.
    """
    _forms.clear()  # (pks may come again in another module's world)
    owner = make_user("owner", groups=["Author"])
    users = {kind: _user(kind, owner) for kind in USERS}
    records = {(model_name, state): _record(model_name, state, owner) for model_name in MODELS for state in STATES}
    return owner, users, records


def _fresh(instance):
    """The row as it is now, read again: no state (cached permissions…) is carried between tests."""
    return None if instance is None else type(instance)._default_manager.get(pk=instance.pk)


@pytest.mark.parametrize("model_name", MODELS)
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("action", EXPECTED)
@pytest.mark.parametrize("user_kind", USERS)
def test_permission_matrix(world, user_kind, action, state, model_name):
    owner, users, records = world
    owner, user, record = _fresh(owner), _fresh(users[user_kind]), _fresh(records[model_name, state])
    if user_kind == "author_own":
        user = owner
    client = Client()
    if user is not None:
        client.force_login(user)
    before = _snapshot(record)
    allowed = expected(user_kind, action, state)
    if user is not None and user.is_active:  # the buttons the admin shows agree with the server
        rule = action if action in rules.RULES else "view"
        assert rules.can(user, rule, record) is allowed

    ok, response = _perform(client, action, record, owner)
    after = _snapshot(record)

    if ok is None:  # a state-changing POST: judge by what it changed
        ok = after != before
    assert ok is allowed, (user_kind, action, state, response.status_code)
    if not allowed:
        assert after == before
        assert response.status_code in (302, 403, 404, 405), response.status_code
        if user_kind in ("anonymous", "inactive_staff") and response.status_code == 302:
            assert reverse("admin:login") in response["Location"]
        assert b"Pending secret summary" not in response.content


def test_matrix_covers_two_record_types():
    assert {Event, Photo} == {make_event().__class__, make_photo().__class__}
