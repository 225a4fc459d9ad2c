"""An __all__ pydocstyle cannot evaluate is ignored."""
import os

__all__ = ["A"] + os.__all__


class A:
    pass


class B:
    pass


class _C:
    pass
