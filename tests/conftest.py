import pytest


@pytest.fixture(autouse=True)
def _english(settings):
    """Tests start in English whatever the machine's locale."""
    from django.utils import translation

    with translation.override("en"):
        yield
