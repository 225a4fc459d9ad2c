"""TODO: Summarise what file_everything does."""

import os


def undocumented(path, mode="r"):
    """
    TODO: Summarise what undocumented does.

    Args:
        path (`TODO`):
            TODO: describe path.
        mode (`str`, *optional*, defaults to `"r"`):
            TODO: describe mode.

    Returns:
        TODO: describe the return value.
    """
    return open(path, mode)


class Cache:
    """
    TODO: Summarise what Cache does.

    Args:
        capacity (`int`):
            TODO: describe capacity.
        ttl (`float`, *optional*, defaults to 60.0):
            TODO: describe ttl.
    """

    def __init__(self, capacity: int, ttl: float = 60.0):
        """TODO: Summarise what __init__ does."""
        self.capacity = capacity

    def get(self, key, default=None):
        """
        Look a key up.

        Args:
            key (`str`):
                The key.
            default (`Any`, *optional*):
                What to return when the key is missing.
        """
        return default

    def put(self, key, value):
        """
        Store a value.

        Args:
            key (`str`):
                The key.
            value (`TODO`):
                Store a value.
        """
