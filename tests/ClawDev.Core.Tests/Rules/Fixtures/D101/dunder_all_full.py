"""use-full-dunder-all: every static change to __all__ counts."""

__all__ = ["A"]
__all__ += ["B"]


class A:
    pass


class B:
    pass


class C:
    pass


class _D:
    pass
