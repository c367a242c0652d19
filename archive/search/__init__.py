"""Search across the archive: script folding, the index, queries and the search page."""
