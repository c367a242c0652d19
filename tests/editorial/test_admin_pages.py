"""Every record admin renders with the workflow in it: lists, add and change forms, editorial pages."""

import pytest
from django.urls import reverse

from editorial.rules import AUTHOR
from tests import factories
from tests.editorial.admin_forms import change_url, edit, editorial_url

FACTORIES = {
    "event": factories.make_event,
    "person": factories.make_person,
    "program": factories.make_program,
    "document": factories.make_document,
    "organization": factories.make_organization,
    "place": factories.make_place,
    "photo": factories.make_photo,
}


@pytest.mark.parametrize("model_name", FACTORIES)
def test_record_admin_pages_render_with_pending_changes(client, model_name, admin_user):
    owner = factories.make_user("owner", groups=[AUTHOR])
    record = FACTORIES[model_name](created_by=owner, summary="Live text")
    client.force_login(owner)
    assert edit(client, record, summary_en="Pending text").status_code == 302
    record.refresh_from_db()
    assert record.summary == "Live text" and record.has_pending_changes

    client.force_login(admin_user)
    for url in (
        reverse(f"admin:archive_{model_name}_changelist"),
        reverse(f"admin:archive_{model_name}_changelist") + "?editorial=pending",
        reverse(f"admin:archive_{model_name}_add"),
        change_url(record),
        change_url(record).replace("/change/", "/history/"),
        editorial_url(record, "diff"),
        editorial_url(record, "preview"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Pending text" in client.get(editorial_url(record, "preview")).content.decode()


def test_editorial_admin_lists_render(client, admin_user):
    client.force_login(admin_user)
    for name in ("reviewstate", "auditentry", "sharelink"):
        assert client.get(reverse(f"admin:editorial_{name}_changelist")).status_code == 200
