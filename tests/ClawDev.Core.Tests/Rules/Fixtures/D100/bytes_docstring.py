b"""Bytes are still a docstring to pydocstyle."""
