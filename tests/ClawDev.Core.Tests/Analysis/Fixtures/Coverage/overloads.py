"""ignore-overloaded-functions: @overload and @typing.overload."""
import typing
from typing import overload


@overload
def f(x: int) -> int: ...


@typing.overload
def f(x: str) -> str: ...


def f(x):
    pass
