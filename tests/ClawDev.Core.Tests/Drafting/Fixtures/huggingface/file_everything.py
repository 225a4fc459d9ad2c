import os


def undocumented(path, mode="r"):
    return open(path, mode)


class Cache:
    def __init__(self, capacity: int, ttl: float = 60.0):
        self.capacity = capacity

    def get(self, key, default=None):
        """
        Look a key up.

        Args:
            default (`Any`, *optional*):
                What to return when the key is missing.
            key (`str`):
                The key.
        """
        return default

    def put(self, key, value):
        """
        Store a value.

        Args:
            key (`str`):
                The key.
        """
