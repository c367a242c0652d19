"""Anonymous throttling at the rate in ``MADENI_API_ANON_RATE``, read on every request."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousRateThrottle(AnonRateThrottle):
    """Requests per client address (DRF keeps the history in the default cache).

    DRF reads rates from its settings once, at import; reading ours per request lets a
    deployment's setting (and a test's override) take effect.
    """

    def get_rate(self):
        return settings.MADENI_API_ANON_RATE
