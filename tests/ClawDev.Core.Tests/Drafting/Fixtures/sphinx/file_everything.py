import os


def undocumented(path, mode="r"):
    return open(path, mode)


class Cache:
    def __init__(self, capacity: int, ttl: float = 60.0):
        self.capacity = capacity

    def get(self, key, default=None):
        """Look a key up.

        :param default: What to return when the key is missing.
        :param key: The key.
        """
        return default

    def put(self, key, value):
        """Store a value.

        :param key: The key.
        """
