"""Publishing lists links to records that are not public; archiving lists published records linking in."""

from archive.models import Status
from editorial import references, workflow
from tests.factories import make_document, make_event, make_person, make_place, make_program


def test_publish_lists_linked_records_that_are_not_public(author, reviewer, publisher):
    guest = make_person(name="Unannounced Guest", status=Status.DRAFT)
    program = make_program(title="Hidden program", status=Status.IN_REVIEW)
    venue = make_place(name="Public venue")
    event = make_event(status=Status.DRAFT, created_by=author, place=venue, programs=[program], participants=[guest])
    workflow.submit(event, by=author)
    workflow.approve(event, by=reviewer)
    outcome = workflow.publish(event, by=publisher)
    assert {str(r) for r in outcome.related} == {"Unannounced Guest", "Hidden program"}


def test_archive_lists_published_records_that_link_to_it(publisher):
    person = make_person(name="Aida Balayeva")
    event = make_event(title="Concert", participants=[person])
    document = make_document(title="Speech")
    document.authors.add(person)
    make_event(title="Draft event", status=Status.DRAFT, participants=[person])
    outcome = workflow.archive(person, by=publisher)
    assert {str(r) for r in outcome.related} == {"Concert", "Speech"}
    assert event in references.published_referrers(person)


def test_publish_warning_shows_in_the_admin(client, author, reviewer, publisher):
    guest = make_person(name="Unannounced Guest", status=Status.DRAFT)
    event = make_event(status=Status.DRAFT, created_by=author, participants=[guest])
    workflow.submit(event, by=author)
    workflow.approve(event, by=reviewer)
    client.force_login(publisher)
    from tests.editorial.admin_forms import editorial_url

    # The publish confirmation offers the guest; publishing without ticking it warns about the link.
    offer = client.post(editorial_url(event, "act"), {"action": "publish", "version": event.version})
    assert "Unannounced Guest" in offer.content.decode() and 'name="related"' in offer.content.decode()
    data = {"action": "publish", "version": event.version, "confirmed": "1"}
    response = client.post(editorial_url(event, "act"), data, follow=True)
    assert "Unannounced Guest" in response.content.decode()
    assert "links stay off the page" in response.content.decode()
