"""IIIF: Presentation API 3 manifests and a level 0 Image API 3 service for published photos."""
