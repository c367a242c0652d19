from django.apps import AppConfig


class BenchmarkConfig(AppConfig):
    """``manage.py benchmark`` and ``manage.py bench_ingest``; no models."""

    name = "benchmark"
