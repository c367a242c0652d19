from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo archive and ``manage.py loaddemo``; no models."""

    name = "demo"
