"""Which module-level functions are public."""
import sys
import typing
from typing import overload


def undocumented():
    pass


def documented():
    """Documented."""


def empty_docstring():
    """"""


def _private():
    pass


def __getattr__(name):
    pass


async def asynchronous():
    pass


@overload
def overloaded(x: int) -> int: ...


@overload
def overloaded(x: str) -> str: ...


def overloaded(x):
    pass


@typing.overload
def qualified_overload(x: int) -> int: ...


def one_liner(): pass


def one_liner_with_docstring(): "Docstring."


if sys.platform == "win32":
    def inside_if():
        pass
elif sys.platform == "darwin":
    def inside_elif():
        pass
else:
    def inside_else():
        pass

try:
    from os import fspath
except ImportError:
    def fspath(path):
        pass
finally:
    def inside_finally():
        pass

with open(__file__) as handle:
    def inside_with():
        pass

for _ in range(1):
    def inside_for():
        pass

while False:
    def inside_while():
        pass


def outer():
    """Nested functions are never public."""

    def nested():
        pass

    async def nested_async():
        pass

    return nested


@decorator(with_arguments=True)
def decorated():
    pass


def multi_line_signature(
    a,
    b,
):
    pass


def docstring_after_comment():
    # A comment before the docstring.
    """Still the docstring."""


def string_expression_first():
    "".join([])


lambda_is_not_a_function = lambda: None
