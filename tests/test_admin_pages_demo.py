"""On the demo archive, every admin page of every registered model answers 200 to staff."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_archive")]

REGISTERED = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def _url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize(("model", "model_admin"), REGISTERED, ids=[m._meta.label for m, _a in REGISTERED])
def test_every_admin_page_answers_200_with_the_demo_archive(client, model, model_admin):
    client.force_login(make_user("curator", is_superuser=True))
    assert client.get(_url(model, "changelist")).status_code == 200
    # An unmanaged model (django-rq's dashboard) has no table: its changelist is its page.
    obj = model._default_manager.order_by("pk").first() if model._meta.managed else None
    if obj is not None:
        assert client.get(_url(model, "change", obj.pk)).status_code == 200
    request = type("Request", (), {"user": make_user(is_superuser=True)})()
    if model_admin.has_add_permission(request):
        assert client.get(_url(model, "add")).status_code == 200


def test_demo_records_of_every_kind_are_in_the_admin(client):
    from archive.record_types import RECORD_MODELS

    client.force_login(make_user("curator", is_superuser=True))
    for model in RECORD_MODELS:
        response = client.get(_url(model, "changelist"))
        assert response.context["cl"].result_count >= 8, model.__name__
