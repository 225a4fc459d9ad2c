"""__all__ mentioned twice: pydocstyle gives up on it and falls back to the underscore rule."""

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
