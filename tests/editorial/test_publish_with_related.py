"""Publish with related: the publish confirmation offers the unpublished records a record links to;
the ticked ones are published with it, in one transaction, each checked and audited. A refused
one leaves everything unchanged (all or nothing) and the message says which and why."""

import pytest
from django.contrib.messages import get_messages

from archive.models import Event, Person, Place, Status
from editorial import workflow
from editorial.models import AuditEntry
from tests.editorial.admin_forms import editorial_url
from tests.factories import make_event, make_person, make_place


def _approved(record, author, reviewer):
    workflow.submit(record, by=author)
    workflow.approve(record, by=reviewer)
    return type(record)._base_manager.get(pk=record.pk)


def _key(record):
    return f"{record._meta.label_lower}:{record.pk}"


def _snapshot(*records):
    return [
        (type(r)._base_manager.get(pk=r.pk).status, type(r)._base_manager.get(pk=r.pk).version) for r in records
    ] + [AuditEntry.objects.filter(action="publish").count()]


@pytest.fixture
def linked(author, reviewer):
    """An approved event with an approved guest, an approved venue and a guest still in draft."""
    guest = _approved(make_person(name="Approved Guest", status=Status.DRAFT, created_by=author), author, reviewer)
    venue = _approved(make_place(name="Approved Hall", status=Status.DRAFT, created_by=author), author, reviewer)
    late = make_person(name="Draft Guest", status=Status.DRAFT, created_by=author)
    event = make_event(title="Concert", status=Status.DRAFT, created_by=author, place=venue, participants=[guest, late])
    return {"event": _approved(event, author, reviewer), "guest": guest, "venue": venue, "late": late}


def _publish(client, event, **extra):
    return client.post(editorial_url(event, "act"), {"action": "publish", "version": event.version, **extra})


def test_publish_offers_the_unpublished_linked_records_to_tick(client, linked, publisher):
    client.force_login(publisher)
    page = _publish(client, linked["event"])
    assert page.status_code == 200
    links = {link["key"]: link for link in page.context["links"]}
    assert {str(link["record"]) for link in links.values()} == {"Approved Guest", "Approved Hall", "Draft Guest"}
    assert links[_key(linked["guest"])]["refusal"] is None
    assert "cannot be done while the record is Draft" in links[_key(linked["late"])]["refusal"]
    html = page.content.decode()
    assert f'value="{_key(linked["guest"])}" checked' in html and f'value="{_key(linked["late"])}" disabled' in html
    assert Event.objects.get(pk=linked["event"].pk).status == Status.IN_REVIEW  # nothing published yet


def test_ticked_records_are_published_with_it_and_audited(client, linked, publisher):
    client.force_login(publisher)
    response = _publish(client, linked["event"], confirmed="1", related=[_key(linked["guest"]), _key(linked["venue"])])
    assert response.status_code == 302
    assert Event.objects.published().filter(pk=linked["event"].pk).exists()
    assert Person.objects.published().filter(pk=linked["guest"].pk).exists()
    assert Place.objects.published().filter(pk=linked["venue"].pk).exists()
    assert Person.objects.get(pk=linked["late"].pk).status == Status.DRAFT
    entry = AuditEntry.objects.for_record(linked["guest"]).first()
    assert (entry.action, entry.actor) == ("publish", publisher)
    assert entry.comment == "Published together with event “Concert”."
    said = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "Published: “Concert”." in said
    assert "“Approved Guest”" in said.split("Published: ")[2] and "“Approved Hall”" in said.split("Published: ")[2]
    assert "Draft Guest" in said  # still hidden, so its link stays off the page


def test_a_refused_linked_record_leaves_everything_unchanged(client, linked, publisher):
    records = [linked["event"], linked["guest"], linked["late"]]
    before = _snapshot(*records)
    client.force_login(publisher)
    # The draft guest's box is disabled; posting it anyway is refused by the workflow's own check.
    response = _publish(client, linked["event"], confirmed="1", related=[_key(linked["guest"]), _key(linked["late"])])
    assert response.status_code == 302
    assert _snapshot(*records) == before
    said = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "“Draft Guest” could not be published with it, so nothing was published" in said


def test_separation_of_duties_applies_to_each_linked_record(linked, author, publisher):
    workflow.saved(linked["guest"], by=publisher)  # the publisher is now the guest's last author
    before = _snapshot(linked["event"], linked["guest"])
    with pytest.raises(workflow.Refused, match="someone else must publish it"):
        workflow.publish_with_related(linked["event"], [linked["guest"]], by=publisher)
    assert _snapshot(linked["event"], linked["guest"]) == before


def test_records_it_does_not_link_to_are_not_taken(client, linked, author, reviewer, publisher):
    stranger = _approved(make_person(name="Stranger", status=Status.DRAFT, created_by=author), author, reviewer)
    client.force_login(publisher)
    _publish(client, linked["event"], confirmed="1", related=[_key(stranger), "archive.person:nonsense", "x"])
    assert Event.objects.published().filter(pk=linked["event"].pk).exists()
    assert Person.objects.get(pk=stranger.pk).status == Status.IN_REVIEW
    with pytest.raises(workflow.Refused, match="not an unpublished record this one links to"):
        other = _approved(make_event(status=Status.DRAFT, created_by=author), author, reviewer)
        workflow.publish_with_related(other, [stranger], by=publisher)
    assert Person.objects.get(pk=stranger.pk).status == Status.IN_REVIEW


def test_a_record_without_unpublished_links_publishes_at_once(client, author, reviewer, publisher):
    event = _approved(make_event(status=Status.DRAFT, created_by=author), author, reviewer)
    client.force_login(publisher)
    assert _publish(client, event).status_code == 302
    assert Event.objects.published().filter(pk=event.pk).exists()
