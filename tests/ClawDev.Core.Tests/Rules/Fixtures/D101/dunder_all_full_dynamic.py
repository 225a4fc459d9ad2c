"""use-full-dunder-all with a part that cannot be read: unlisted names fall back to the underscore rule."""
import os

__all__ = ["A"]
__all__ += os.__all__


class A:
    pass


class B:
    pass


class _C:
    pass
