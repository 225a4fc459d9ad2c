"""__init__ methods."""
from typing import overload


class Public:
    """The class docstring does not excuse __init__ in pydocstyle."""

    def __init__(self, x):
        self.x = x


class Documented:
    """Documented."""

    def __init__(self):
        """Documented."""


class _Private:
    def __init__(self):
        pass


class Overloaded:
    """@overload does not exempt __init__."""

    @overload
    def __init__(self, x: int) -> None: ...

    @overload
    def __init__(self, x: str) -> None: ...

    def __init__(self, x):
        """Documented."""


class Outer:
    """Documented."""

    class Inner:
        """Documented."""

        def __init__(self):
            pass


def __init__():
    """A module-level function named __init__ is a private function, not D107."""
