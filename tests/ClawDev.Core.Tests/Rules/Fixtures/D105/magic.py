"""Magic methods: every dunder name except __init__, __call__ and __new__."""
from typing import overload


class Public:
    """Documented."""

    def __eq__(self, other):
        pass

    def __len__(self):
        """Documented."""

    def __init_subclass__(cls):
        pass

    def __class_getitem__(cls, item):
        pass

    def __init__(self):
        pass

    def __call__(self):
        pass

    def __new__(cls):
        pass

    async def __aenter__(self):
        pass

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list: ...

    def __getitem__(self, index):
        pass

    def __private(self):
        pass

    class Nested:
        def __repr__(self):
            pass


class _Private:
    def __repr__(self):
        pass


def __getattr__(name):
    pass
