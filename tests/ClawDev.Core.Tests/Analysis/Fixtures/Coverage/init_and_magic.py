"""ignore-init-method and ignore-magic: every dunder but __init__ is magic, at any level."""


class Thing:
    """Documented."""

    def __init__(self):
        pass

    def __call__(self):
        pass

    def __eq__(self, other):
        pass

    def __private(self):
        pass


def __getattr__(name):
    pass
