import os


class Store:
    class Entry:
        pass

    def __init__(self, path):
        self.path = path

    def __len__(self):
        return 0

    def load(self, name):
        return os.path.join(self.path, name)

    def _cache(self):
        pass


def fetch(url, timeout=10):
    return url, timeout


def _internal():
    pass


def silenced():  # noqa: D103
    pass
