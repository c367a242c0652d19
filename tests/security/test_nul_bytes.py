"""A NUL byte anywhere in a request is refused with a plain 400, never a 500 (on either database).

PostgreSQL cannot store or compare text containing NUL, so a NUL reaching a query
raised ``ValueError`` deep in the database driver.
"""

import pytest

from tests.factories import make_event, make_user


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_user("boss", is_superuser=True))
    return client


@pytest.fixture
def anonymous(client, db):
    make_event(title="Concert at UNESCO")
    return client


def _assert_refused(response):
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "NUL" in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_a_share_link_token_with_a_nul_byte_is_refused(anonymous):
    _assert_refused(anonymous.get("/editorial/share/%00/"))


@pytest.mark.parametrize(
    "url", ["/en/search/?q=%00", "/en/events/?q=a%00b", "/en/events/?country=%00", "/en/events/?q=a&q=%00"]
)
def test_a_public_query_string_with_a_nul_byte_is_refused(anonymous, url):
    _assert_refused(anonymous.get(url))


def test_a_path_with_a_nul_byte_is_refused(anonymous):
    _assert_refused(anonymous.get("/en/events/%00/"))


def test_an_admin_changelist_filter_with_a_nul_byte_is_refused(staff_client):
    _assert_refused(staff_client.get("/admin/archive/event/?status=%00"))


def test_an_admin_autocomplete_term_with_a_nul_byte_is_refused(staff_client):
    url = "/admin/autocomplete/?app_label=archive&model_name=event&field_name=programs&term=%00"
    _assert_refused(staff_client.get(url))


def test_a_posted_form_value_with_a_nul_byte_is_refused(staff_client):
    _assert_refused(staff_client.post("/admin/archive/event/add/", {"title_en": "Concert\x00", "status": "draft"}))


def test_requests_without_a_nul_byte_are_served_as_before(anonymous):
    assert anonymous.get("/en/events/?q=concert").status_code == 200


def test_a_session_cookie_with_a_nul_byte_is_refused(anonymous):
    # Django's cookie parser unquotes octal escapes, so "\000" arrives as a NUL.
    _assert_refused(anonymous.get("/admin/login/", headers={"cookie": 'sessionid="abcdefgh\\000ijkl"'}))
