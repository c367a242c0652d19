"""The admin site: Django's, with optional two-factor login for staff and a page for locked-out logins.

``MADENI_STAFF_2FA`` on: the admin asks for a one-time password from the user's
TOTP device at login (django-otp), and only a session verified that way reaches
the admin. Off (the default): the admin behaves as Django's.
"""

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render
from django_otp import devices_for_user
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite


class StaffLoginForm(OTPAdminAuthenticationForm):
    """Username, password and code in one step when the user has a single device.

    django-otp makes the user pick a device first (so that a code tried against
    the wrong one throttles nothing); with one device there is nothing to pick.
    """

    def _chosen_device(self, user):
        device = super()._chosen_device(user)
        if device is None and not self.cleaned_data.get("otp_device"):
            devices = list(devices_for_user(user, for_verify=True))
            if len(devices) == 1:
                device = devices[0]
        return device


class MadeniAdminSite(admin.AdminSite):
    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        return not settings.MADENI_STAFF_2FA or request.user.is_verified()

    # Read on every login, so the setting can change without a new site.
    @property
    def login_form(self):
        return StaffLoginForm if settings.MADENI_STAFF_2FA else None

    @property
    def login_template(self):
        return OTPAdminSite.login_template if settings.MADENI_STAFF_2FA else None


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the login form once django-axes has locked this username from this address."""
    context = {
        **admin.site.each_context(request),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "admin/lockout.html", context, status=429)
