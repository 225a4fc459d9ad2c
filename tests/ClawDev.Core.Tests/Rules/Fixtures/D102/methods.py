"""Which methods are public methods."""
import functools
import typing
from typing import overload


class Public:
    """A public class."""

    def undocumented(self):
        pass

    def documented(self):
        """Documented."""

    def empty_docstring(self):
        ''

    def _private(self):
        pass

    def __mangled(self):
        pass

    def __call__(self):
        pass

    def __new__(cls):
        pass

    def __init__(self):
        pass

    def __eq__(self, other):
        pass

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass

    async def asynchronous(self):
        pass

    @property
    def value(self):
        pass

    @value.setter
    def value(self, new):
        pass

    @value.deleter
    def value(self):
        pass

    @functools.cached_property
    def cached(self):
        pass

    @other.setter
    def setter_of_another_name(self, new):
        pass

    @value.getter
    def value(self):
        pass

    @overload
    def overloaded(self, x: int) -> int: ...

    @overload
    def overloaded(self, x: str) -> str: ...

    def overloaded(self, x):
        pass

    @typing.overload
    def qualified_overload(self, x: int) -> int: ...

    def one_liner(self): pass

    def one_liner_with_docstring(self): "Docstring."

    if typing.TYPE_CHECKING:
        def inside_if(self):
            pass

    def outer(self):
        """Documented."""

        def nested(self):
            pass

        class Local:
            def method_of_local_class(self):
                pass

    class Nested:
        def method_of_nested_class(self):
            pass

    class _PrivateNested:
        def method_of_private_nested_class(self):
            pass


class _Private:
    def method_of_private_class(self):
        pass


def function():
    """Methods of classes inside functions are private."""

    class Local:
        def method(self):
            pass
