from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import records  # noqa: F401  (registers the admin pages)

admin.site.site_header = _("Madeni")
admin.site.site_title = _("Madeni")
admin.site.index_title = _("Archive of Kazakhstan's cultural diplomacy")
