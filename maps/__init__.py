"""Offline maps: Natural Earth outlines drawn as inline SVG on the server."""
