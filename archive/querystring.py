"""Building list URLs that change one query parameter and keep the others."""

from urllib.parse import urlencode


def _items(query, drop):
    return [(key, value) for key, values in query.lists() for value in values if key not in drop]


def without(query, *names):
    """The query string without ``names`` (and always without ``page``), ``?`` included when not empty."""
    items = _items(query, {"page", *names})
    return f"?{urlencode(items)}" if items else "?"


def replacing(query, name, value):
    """The query string with ``name`` set to ``value``; other parameters kept, page reset."""
    items = _items(query, {"page", "more", name})
    items.append((name, value))
    return f"?{urlencode(items)}"
