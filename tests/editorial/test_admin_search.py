"""The admin's record lists search through the archive's index: any language, any state."""

import pytest
from django.urls import reverse

from archive.models import Status
from tests.factories import make_event, make_person

pytestmark = pytest.mark.django_db


def _found(client, model, term):
    response = client.get(reverse(f"admin:archive_{model}_changelist"), {"q": term})
    assert response.status_code == 200
    return {str(row) for row in response.context["cl"].result_list}


def test_admin_search_finds_drafts_and_records_in_review(admin_client):
    make_event(title="Dombra evening", status=Status.DRAFT)
    make_event(title="Dombra matinee", status=Status.IN_REVIEW)
    make_event(title="Opera night")
    assert _found(admin_client, "event", "dombra") == {"Dombra evening", "Dombra matinee"}


def test_admin_search_reads_other_case_forms_and_scripts(admin_client):
    make_event(title="Days of culture", title_ru="Дни культуры Казахстана")
    make_person(name="Aida Balayeva", name_ru="Аида Балаева")
    assert _found(admin_client, "event", "культура Казахстана") == {"Days of culture"}
    assert _found(admin_client, "person", "Балаева") == {"Aida Balayeva"}


def test_admin_search_still_finds_a_record_by_its_slug(admin_client):
    event = make_event(title="Dombra evening")
    assert _found(admin_client, "event", event.slug) == {"Dombra evening"}


def test_admin_search_of_nothing_but_syntax_lists_everything(admin_client):
    make_event(title="Dombra evening")
    assert _found(admin_client, "event", '"') == {"Dombra evening"}
