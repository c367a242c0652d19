"""Two editors open the same record: the second save on a stale form is refused, nothing is lost."""

import pytest
from django.test import Client

from archive.models import Event, Status
from editorial import revisions
from tests.editorial.admin_forms import change_url, form_data
from tests.factories import make_event


@pytest.fixture
def draft(author):
    return make_event(status=Status.DRAFT, created_by=author, title="Concert", summary="First words")


@pytest.mark.parametrize("status", [Status.DRAFT, Status.PUBLISHED])
def test_second_save_on_a_stale_form_is_refused_and_keeps_both_edits(author, admin_user, status):
    record = make_event(status=status, created_by=author, title="Concert", summary="First words")
    first, second = Client(), Client()
    first.force_login(author)
    second.force_login(admin_user)
    form_first = first.get(change_url(record))
    form_second = second.get(change_url(record))

    saved = first.post(change_url(record), form_data(form_first, summary_en="Author's words"))
    assert saved.status_code == 302
    refused = second.post(change_url(record), form_data(form_second, summary_en="Boss's words"))

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "changed this record after you opened it" in page
    assert "First words" in page and "Author&#x27;s words" in page  # what changed, old → new
    assert refused.context["adminform"].form["summary_en"].value() == "Boss's words"  # nothing typed is lost
    assert revisions.working_content(Event.objects.get(pk=record.pk))["fields"]["summary_en"] == "Author's words"

    # Having seen the conflict, saving again is a deliberate choice and goes through.
    again = second.post(change_url(record), form_data(refused))
    assert again.status_code == 302
    assert revisions.working_content(Event.objects.get(pk=record.pk))["fields"]["summary_en"] == "Boss's words"
    history = [r.content["fields"]["summary_en"] for r in revisions.for_record(record)]
    assert "Author's words" in history and "Boss's words" in history


def test_stale_workflow_button_is_refused(client, draft, author):
    client.force_login(author)
    page = client.get(change_url(draft))
    version = page.context["original"].version
    Event.objects.filter(pk=draft.pk).update(version=version + 1)
    from tests.editorial.admin_forms import editorial_url

    response = client.post(editorial_url(draft, "act"), {"action": "submit", "version": version}, follow=True)
    assert "changed this record" in response.content.decode()
    assert Event.objects.get(pk=draft.pk).status == Status.DRAFT


def test_form_opened_before_a_transition_is_stale_and_says_what_changed(client, author, reviewer):
    record = make_event(status=Status.DRAFT, created_by=author, summary="First words")
    client.force_login(author)
    opened = client.get(change_url(record))
    client.post(change_url(record), form_data(opened, summary_en="Second words"))
    stale = client.get(change_url(record))
    from editorial import workflow

    workflow.submit(record, by=author)
    workflow.send_back(record, by=reviewer, comment="Shorter, please")
    refused = client.post(change_url(record), form_data(stale, summary_en="Third words"))
    assert refused.status_code == 200
    page = refused.content.decode()
    assert "changed this record after you opened it" in page and "workflow state is now" in page
    assert Event.objects.get(pk=record.pk).summary == "Second words"


@pytest.mark.parametrize("status", [Status.DRAFT, Status.PUBLISHED])
@pytest.mark.parametrize("version", [None, ""])
def test_change_form_without_its_version_is_refused_and_saves_nothing(client, author, status, version):
    record = make_event(status=status, created_by=author, title="Concert", summary="First words")
    client.force_login(author)
    data = form_data(client.get(change_url(record)), summary_en="Unguarded words")
    if version is None:
        del data["editorial_version"]
    else:
        data["editorial_version"] = version

    refused = client.post(change_url(record), data)

    assert refused.status_code == 200
    assert "reload the page" in refused.content.decode()
    assert refused.context["adminform"].form["summary_en"].value() == "Unguarded words"
    saved = Event.objects.get(pk=record.pk)
    assert saved.summary == "First words" and not saved.has_pending_changes
    assert revisions.working_content(saved)["fields"]["summary_en"] == "First words"
