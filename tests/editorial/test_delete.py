"""Deleting a record goes through editorial: refused while anything links to it or it is live, and audited."""

import pytest

from archive.models import Document, Event, Organization, Person, Status
from editorial import revisions, workflow
from editorial.models import AuditEntry, ReviewState
from tests.factories import make_document, make_event, make_organization, make_person, make_user


def _delete_url(record):
    return f"/admin/archive/{record._meta.model_name}/{record.pk}/delete/"


def test_deleting_a_person_who_took_part_in_a_published_event_is_refused_with_the_links(client, admin_user):
    person = make_person(name="Aida Balayeva", status=Status.DRAFT)
    event = make_event(title="Days of Culture", participants=[(person, "Minister")])
    client.force_login(admin_user)

    page = client.get(_delete_url(person))
    response = client.post(_delete_url(person), {"post": "yes"})

    assert "Days of Culture" in page.content.decode()
    assert response.status_code == 200  # the refusal page again, nothing deleted
    assert Person.objects.filter(pk=person.pk).exists()
    assert event.participations.count() == 1
    assert not AuditEntry.objects.filter(action="delete").exists()


def test_deleting_an_organization_that_published_a_document_is_refused(client, admin_user):
    organization = make_organization(name="Ministry of Culture", status=Status.DRAFT)
    document = make_document(title="Cultural policy", publisher=organization)
    client.force_login(admin_user)

    client.post(_delete_url(organization), {"post": "yes"})

    assert Organization.objects.filter(pk=organization.pk).exists()
    assert Document.objects.get(pk=document.pk).publisher == organization


def test_the_workflow_refuses_to_delete_a_linked_record_and_names_the_links(admin_user):
    person = make_person(name="Aida Balayeva", status=Status.DRAFT)
    make_event(title="Days of Culture", participants=[person], status=Status.DRAFT)

    with pytest.raises(workflow.Refused, match="Days of Culture"):
        workflow.delete(person, by=admin_user)


def test_a_live_record_must_be_archived_or_unpublished_before_it_is_deleted(client, admin_user):
    event = make_event(title="Live event")
    client.force_login(admin_user)

    client.post(_delete_url(event), {"post": "yes"})

    assert Event.objects.filter(pk=event.pk).exists()
    with pytest.raises(workflow.Refused, match="(?i)unpublish or archive"):
        workflow.delete(event, by=admin_user)


def test_deleting_an_unlinked_draft_is_audited_and_keeps_its_history(client, admin_user):
    person = make_person(name="Nobody Linked", status=Status.DRAFT)
    workflow.saved(person, by=admin_user, created=True)
    client.force_login(admin_user)

    response = client.post(_delete_url(person), {"post": "yes"})

    assert response.status_code == 302
    assert not Person.objects.filter(pk=person.pk).exists()
    entry = AuditEntry.objects.get(action="delete")
    assert entry.record_repr == "Nobody Linked" and entry.actor == admin_user
    assert revisions.for_record(person).count() == 1  # history survives the row
    assert not ReviewState.objects.for_record(person).exists()


def test_bulk_delete_refuses_linked_records_and_deletes_nothing(client, admin_user):
    linked = make_person(name="Linked", status=Status.DRAFT)
    free = make_person(name="Free", status=Status.DRAFT)
    make_event(participants=[linked])
    client.force_login(admin_user)

    client.post(
        "/admin/archive/person/",
        {"action": "delete_selected", "_selected_action": [linked.pk, free.pk], "post": "yes"},
    )

    assert Person.objects.filter(pk__in=[linked.pk, free.pk]).count() == 2


def test_bulk_delete_of_unlinked_drafts_audits_each(client, admin_user):
    people = [make_person(name=f"Free {n}", status=Status.DRAFT) for n in range(3)]
    client.force_login(admin_user)

    client.post(
        "/admin/archive/person/",
        {"action": "delete_selected", "_selected_action": [p.pk for p in people], "post": "yes"},
    )

    assert not Person.objects.filter(pk__in=[p.pk for p in people]).exists()
    assert AuditEntry.objects.filter(action="delete").count() == 3


def test_the_audit_log_keeps_the_actor_name_when_the_user_is_deleted(author):
    event = make_event(status=Status.DRAFT, created_by=make_user("gulnara"))
    actor = make_user("gulnara.s")
    workflow.saved(event, by=actor)

    actor.delete()

    entry = AuditEntry.objects.get(action="save")
    assert entry.actor is None and entry.actor_name == "gulnara.s"
    assert "gulnara.s" in str(entry.actor_display)


def test_the_database_refuses_to_drop_a_link_when_a_linked_record_is_deleted_in_code():
    from django.db.models import ProtectedError

    person, organization = make_person(status=Status.DRAFT), make_organization(status=Status.DRAFT)
    make_event(participants=[person])
    make_document(publisher=organization)

    with pytest.raises(ProtectedError):
        person.delete()
    with pytest.raises(ProtectedError):
        organization.delete()
