"""Unpublish and archive ask again on a page of their own before the record leaves the public site."""

import pytest

from archive.models import Event, Status
from tests.editorial.admin_forms import editorial_url
from tests.factories import make_editors, make_event, make_person


@pytest.mark.parametrize("action", ["unpublish", "archive"])
def test_the_first_click_asks_and_changes_nothing(client, action):
    _author, _reviewer, publisher = make_editors()
    person = make_person(name="Aida Balayeva")
    event = make_event(title="Days of Culture")
    make_event(title="Closing gala", participants=[person])
    client.force_login(publisher)

    response = client.post(editorial_url(event, "act"), {"action": action, "version": event.version})

    assert response.status_code == 200
    assert 'name="confirmed"' in response.content.decode()
    assert Event.objects.get(pk=event.pk).status == Status.PUBLISHED


def test_the_page_names_the_published_records_that_link_here(client):
    _author, _reviewer, publisher = make_editors()
    person = make_person(name="Aida Balayeva")
    make_event(title="Closing gala", participants=[person])
    client.force_login(publisher)

    response = client.post(editorial_url(person, "act"), {"action": "archive", "version": person.version})

    assert "Closing gala" in response.content.decode()


@pytest.mark.parametrize(("action", "status"), [("unpublish", Status.DRAFT), ("archive", Status.ARCHIVED)])
def test_confirming_does_it(client, action, status):
    _author, _reviewer, publisher = make_editors()
    event = make_event(title="Days of Culture")
    client.force_login(publisher)

    response = client.post(editorial_url(event, "act"), {"action": action, "version": event.version, "confirmed": "1"})

    assert response.status_code == 302
    assert Event.objects.get(pk=event.pk).status == status
