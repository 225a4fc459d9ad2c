"""Module-level classes: which are public."""
import sys


class Undocumented:
    pass


class Documented:
    """Has a docstring."""


class EmptyDocstring:
    ""


class _Private:
    pass


class __Mangled:
    pass


class __Dunder__:
    pass


if sys.version_info >= (3, 11):
    class InsideIf:
        pass
else:
    class InsideElse(object):
        x = 1

try:
    class InsideTry:
        pass
except ImportError:
    pass


class Outer:
    """Documented outer."""

    class Nested:
        pass


def factory():
    """Classes inside functions are never D101."""

    class Local:
        pass

    return Local


class OneLiner: pass


class OneLinerWithDocstring: "Docstring on the header line."


@decorated
class Decorated:
    pass


class WithBases(Undocumented, metaclass=type):
    pass
