"""TODO: Summarise what file_everything does."""

import os


def undocumented(path, mode="r"):
    """TODO: Summarise what undocumented does.

    Args:
        path: TODO: describe path.
        mode: TODO: describe mode.

    Returns:
        TODO: describe the return value.
    """
    return open(path, mode)


class Cache:
    """TODO: Summarise what Cache does.

    Args:
        capacity: TODO: describe capacity.
        ttl: TODO: describe ttl.
    """

    def __init__(self, capacity: int, ttl: float = 60.0):
        """TODO: Summarise what __init__ does."""
        self.capacity = capacity

    def get(self, key, default=None):
        """Look a key up.

        Args:
            key: The key.
            default: What to return when the key is missing.
        """
        return default

    def put(self, key, value):
        """Store a value.

        Args:
            key: The key.
            value: Store a value.
        """
