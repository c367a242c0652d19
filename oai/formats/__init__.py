"""The metadata formats offered, by ``metadataPrefix``."""

from . import dc, edm
from .describe import Links, describe, prefetches

FORMATS = {module.PREFIX: module for module in (dc, edm)}

__all__ = ["FORMATS", "Links", "describe", "prefetches"]
