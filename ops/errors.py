"""Optional error reporting to Sentry (or a Sentry-compatible service), switched on by ``SENTRY_DSN``."""

from django.conf import settings


def configure():
    """Start the Sentry SDK when a DSN is configured; do nothing otherwise. Returns whether it started."""
    if not settings.SENTRY_DSN:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=settings.SENTRY_DSN,
        integrations=[DjangoIntegration()],
        environment=settings.SENTRY_ENVIRONMENT,
        traces_sample_rate=settings.SENTRY_TRACES_SAMPLE_RATE,
        send_default_pii=False,  # no user names, addresses or cookies leave the site
    )
    return True
