"""Demo accounts exist only in development, and their passwords are printed once."""

import io
import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import RequestFactory

from demo import accounts

pytestmark = pytest.mark.django_db

User = get_user_model()


def loaddemo():
    """The whole command: the demo archive, then the accounts (about 15 s)."""
    output = io.StringIO()
    call_command("loaddemo", stdout=output)
    return output.getvalue()


def load_accounts():
    """The command's account step alone."""
    output = io.StringIO()
    accounts.load(output)
    return output.getvalue()


def login(username, password):
    """Check a password as the login page does (django-axes needs the request)."""
    return authenticate(RequestFactory().post("/admin/login/"), username=username, password=password)


def printed_passwords(output):
    return dict(re.findall(r"Created demo account '(\w+)' with password (\S+)", output))


def test_no_accounts_are_created_when_debug_is_off(settings):
    settings.DEBUG = False

    output = load_accounts()

    assert not User.objects.exists()
    assert "DEBUG is off: demo accounts are not created" in output


def test_debug_creates_one_staff_account_per_role_and_an_admin(settings):
    settings.DEBUG = True

    output = loaddemo()

    passwords = printed_passwords(output)
    assert set(passwords) == {"author", "reviewer", "publisher", "admin"}
    for username, group in (("author", "Author"), ("reviewer", "Reviewer"), ("publisher", "Publisher")):
        user = User.objects.get(username=username)
        assert (user.is_staff, user.is_superuser, user.email) == (True, False, f"{username}@example.org")
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert login(username, passwords[username]) == user
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    assert len(set(passwords.values())) == 4


def test_second_run_leaves_accounts_and_passwords_alone(settings):
    settings.DEBUG = True
    passwords = printed_passwords(load_accounts())
    hashes = dict(User.objects.values_list("username", "password"))

    output = load_accounts()

    assert printed_passwords(output) == {}
    assert "Demo account 'author' exists; its password is unchanged." in output
    assert dict(User.objects.values_list("username", "password")) == hashes
    assert login("admin", passwords["admin"]) is not None
