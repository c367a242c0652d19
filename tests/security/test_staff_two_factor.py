"""MADENI_STAFF_2FA: the admin needs a session verified with a TOTP code; off, nothing changes."""

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from archive.models import Status
from tests.factories import make_photo, make_user
from tests.media import files
from tests.media.helpers import fetch

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def editor(db):
    return make_user("editor", is_superuser=True)


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


@pytest.fixture
def two_factor(settings):
    settings.MADENI_STAFF_2FA = True


def _code(device):
    return str(TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()).zfill(device.digits)


def _login(client, **extra):
    return client.post(LOGIN, {"username": "editor", "password": "pw", **extra})


def _reaches_admin(client):
    return client.get("/admin/").status_code == 200


def test_the_login_page_asks_for_a_code_when_two_factor_is_on(client, two_factor):
    assert 'name="otp_token"' in client.get(LOGIN).content.decode()


def test_the_password_alone_does_not_open_the_admin(client, two_factor, device):
    response = _login(client)

    assert response.status_code == 200
    assert "Please enter your OTP token" in response.content.decode()
    assert not _reaches_admin(client)


def test_a_wrong_code_does_not_open_the_admin(client, two_factor, device):
    wrong = str((int(_code(device)) + 1) % 10**device.digits).zfill(device.digits)

    response = _login(client, otp_token=wrong)

    assert response.status_code == 200
    assert not _reaches_admin(client)


def test_the_password_and_a_valid_code_open_the_admin(client, two_factor, device):
    response = _login(client, otp_token=_code(device))

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert _reaches_admin(client)


def test_a_staff_member_with_several_devices_names_the_one_used(client, two_factor, editor, device):
    TOTPDevice.objects.create(user=editor, name="laptop", confirmed=True)
    assert not _reaches_admin(client) and _login(client, otp_token=_code(device)).status_code == 200

    response = _login(client, otp_token=_code(device), otp_device=device.persistent_id)

    assert response.status_code == 302
    assert _reaches_admin(client)


def test_a_session_opened_without_a_code_does_not_reach_the_admin(client, two_factor, editor, device):
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_staff_member_without_a_device_cannot_open_the_admin(client, two_factor, editor):
    _login(client, otp_token="123456")

    assert not _reaches_admin(client)


def test_with_two_factor_off_the_password_alone_opens_the_admin(client, editor, device, settings):
    assert settings.MADENI_STAFF_2FA is False
    assert 'name="otp_token"' not in client.get(LOGIN).content.decode()

    response = _login(client)

    assert response.status_code == 302
    assert _reaches_admin(client)


@pytest.mark.parametrize("enabled", [False, True])
def test_totp_devices_are_managed_in_the_admin(client, editor, device, settings, enabled):
    settings.MADENI_STAFF_2FA = enabled
    _login(client, otp_token=_code(device))

    assert client.get("/admin/otp_totp/totpdevice/").status_code == 200
    assert client.get("/admin/otp_totp/totpdevice/add/").status_code == 200
    assert client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/").status_code == 200


def test_a_device_is_enrolled_by_scanning_its_qr_code_in_the_admin(client, editor, device):
    client.force_login(editor)

    assert "otpauth://" in client.get(f"/admin/otp_totp/totpdevice/{device.pk}/config/").content.decode()
    response = client.get(f"/admin/otp_totp/totpdevice/{device.pk}/qrcode/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"


@pytest.fixture
def draft_photo(db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return make_photo(image=files.upload("draft.jpg", files.jpeg_bytes()), status=Status.DRAFT)


def test_a_session_opened_without_a_code_gets_no_staff_only_file(client, two_factor, editor, device, draft_photo):
    client.force_login(editor)

    assert fetch(client, draft_photo.rendition_url("medium")).status_code == 404
    assert fetch(client, draft_photo.original_url()).status_code == 404


def test_a_session_opened_with_a_code_gets_the_staff_only_files(client, two_factor, device, draft_photo):
    _login(client, otp_token=_code(device))

    assert fetch(client, draft_photo.rendition_url("medium")).status_code == 200
    assert fetch(client, draft_photo.original_url()).status_code == 200
