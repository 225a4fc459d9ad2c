"""TODO: Summarise what file_everything does."""

import os


def undocumented(path, mode="r"):
    """TODO: Summarise what undocumented does.

    :param path: TODO: describe path.
    :param mode: TODO: describe mode.
    :returns: TODO: describe the return value.
    """
    return open(path, mode)


class Cache:
    """TODO: Summarise what Cache does.

    :param capacity: TODO: describe capacity.
    :param ttl: TODO: describe ttl.
    """

    def __init__(self, capacity: int, ttl: float = 60.0):
        """TODO: Summarise what __init__ does."""
        self.capacity = capacity

    def get(self, key, default=None):
        """Look a key up.

        :param key: The key.
        :param default: What to return when the key is missing.
        """
        return default

    def put(self, key, value):
        """Store a value.

        :param key: The key.
        """
