from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = _("Archive")

    def ready(self):
        from django.conf import settings
        from PIL import Image

        from archive.search.index import connect_signals

        # Pillow's own guard, for any Image.open: the same cap that archive.media.uploads.validate_image checks.
        Image.MAX_IMAGE_PIXELS = settings.MADENI_MAX_IMAGE_PIXELS

        connect_signals()


class MadeniAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the project's site (optional two-factor login: archive.admin_site)."""

    default = False  # "archive" alone still means ArchiveConfig
    default_site = "archive.admin_site.MadeniAdminSite"
