"""The demo archive: real facts on Kazakhstan's cultural diplomacy, written for Madeni.

An app of its own, so that the archive's code does not carry its sample data.
``manage.py loaddemo`` runs ``demo.load.load()``; the other modules hold what it loads.
"""
