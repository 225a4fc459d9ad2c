"""__all__ changed by .extend and .append: pydocstyle sees a second mention and ignores __all__."""

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
