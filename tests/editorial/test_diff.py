"""The field-by-field diff between revisions: values, relations with their labels, files."""

import pytest

from archive.models import Event
from editorial import content, diff, revisions
from tests.editorial.admin_forms import editorial_url
from tests.factories import make_event, make_person, make_program


@pytest.fixture
def event(author):
    return make_event(title="Concert", created_by=author)


def test_diff_lists_changed_fields_and_relations(event, author):
    old = content.serialize(event)
    aida = make_person(name="Aida Balayeva")
    event.title_en = "Concert in Paris"
    event.save()
    event.programs.add(make_program(title="Days of Culture"))
    event.participations.create(person=aida, role="Minister of Culture and Information")
    new = content.serialize(Event.objects.get(pk=event.pk))

    changes = {c.field: c for c in diff.compare(Event, old, new)}
    assert (changes["title_en"].old, changes["title_en"].new) == ("Concert", "Concert in Paris")
    assert changes["programs"].added == ["Days of Culture"]
    assert changes["participations"].added == ["Aida Balayeva, Minister of Culture and Information"]
    assert "summary_en" not in changes


def test_diff_page_between_two_revisions(client, event, author, admin_user):
    first = revisions.create(event, by=author)
    event.participations.create(person=make_person(name="Aida Balayeva"), role="Minister of Culture and Information")
    event.summary_en = "With the minister"
    event.save()
    second = revisions.create(event, by=author)
    client.force_login(admin_user)

    response = client.get(editorial_url(event, "diff"), {"a": first.number, "b": second.number})
    page = response.content.decode()
    assert response.status_code == 200
    assert "+ participant: Aida Balayeva, Minister of Culture and Information" in page
    assert "With the minister" in page
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("bad", ["999", "abc", "-1"])
def test_diff_page_with_unknown_revision_is_404(client, event, admin_user, bad):
    client.force_login(admin_user)
    assert client.get(editorial_url(event, "diff"), {"a": bad}).status_code == 404
