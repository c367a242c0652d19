"""Measuring tools: ``manage.py benchmark`` (server time of the pages on a large synthetic archive)
and ``manage.py bench_ingest`` (time and memory of ingesting one big photo), and the crowd of
readers ``bin/loadtest`` sends at a production-like server (``locustfile.py``).

An app of its own, apart from the archive it measures: nothing here runs when serving the site.
"""
