"""use-full-dunder-all: .extend and .append count."""

__all__ = ["a"]
__all__.extend(["b"])
__all__.append("c")


def a():
    pass


def b():
    pass


def c():
    pass


def d():
    pass


def _e():
    pass
