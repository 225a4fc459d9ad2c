"""A documented package."""
