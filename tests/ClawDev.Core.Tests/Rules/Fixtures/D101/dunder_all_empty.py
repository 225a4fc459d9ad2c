"""An empty __all__ makes every module-level class private."""

__all__ = []


class A:
    pass
