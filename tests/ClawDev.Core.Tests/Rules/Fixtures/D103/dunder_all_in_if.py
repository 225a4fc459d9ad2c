"""An __all__ inside an if block is invisible to pydocstyle: the underscore rule applies."""
import sys

if sys.version_info >= (3, 0):
    __all__ = ["a"]


def a():
    pass


def b():
    pass
