"""Transformers."""
__version__ = "4.41.0"
