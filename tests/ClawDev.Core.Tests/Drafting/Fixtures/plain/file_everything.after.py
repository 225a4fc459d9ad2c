"""TODO: Summarise what file_everything does."""

import os


def undocumented(path, mode="r"):
    """TODO: Summarise what undocumented does.

    path -- TODO: describe path.
    mode -- TODO: describe mode. (default "r")
    """
    return open(path, mode)


class Cache:
    """TODO: Summarise what Cache does.

    capacity -- TODO: describe capacity.
    ttl -- TODO: describe ttl. (default 60.0)
    """

    def __init__(self, capacity: int, ttl: float = 60.0):
        """TODO: Summarise what __init__ does."""
        self.capacity = capacity

    def get(self, key, default=None):
        """Look a key up.

        Missing keys are fine.

        key -- Look a key up.
        default -- TODO: describe default. (default None)
        """
        return default
