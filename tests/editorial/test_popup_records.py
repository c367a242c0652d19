"""A record made through a link field's "+" window joins the workflow as a draft, and the editor is told."""

from django.contrib.messages import get_messages

from archive.models import Person, Status
from editorial.models import AuditEntry
from tests.editorial.admin_forms import form_data

ADD = "/admin/archive/person/add/"


def test_a_person_added_through_plus_is_a_draft_with_an_audit_entry_and_a_message(client, author):
    client.force_login(author)
    form = client.get(ADD, {"_popup": "1", "_to_field": "id"})
    assert form.status_code == 200
    data = form_data(form, name_en="Zhanar Dusenova", sort_name="Dusenova", _popup="1", _to_field="id")
    response = client.post(f"{ADD}?_popup=1&_to_field=id", data)

    assert response.status_code == 200  # the window's closing page
    person = Person.objects.get(name_en="Zhanar Dusenova")
    assert (person.status, person.created_by) == (Status.DRAFT, author)
    entry = AuditEntry.objects.for_record(person).get()
    assert (entry.action, entry.actor, entry.to_state) == ("create", author, "draft")
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Person “Zhanar Dusenova” was created as a draft (Draft)" in m for m in said), said


def test_a_normal_add_says_nothing_extra(client, author):
    client.force_login(author)
    form = client.get(ADD)
    response = client.post(ADD, form_data(form, name_en="Aliya Sarsen", sort_name="Sarsen"))
    assert response.status_code == 302
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert not any("was created as a draft" in m for m in said)
