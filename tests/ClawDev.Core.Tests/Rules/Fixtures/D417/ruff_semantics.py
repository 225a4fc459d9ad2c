"""With ruff semantics: positional-only parameters count; methods drop their first named parameter."""


class Host:
    """Documented."""

    def method(self, a, b):
        """Do something.

        Args:
            a: The first.
        """

    @classmethod
    def klass(cls, a, b):
        """Do something.

        Args:
            a: The first.
        """

    @staticmethod
    def static(a, b):
        """The first parameter of a static method is required.

        Args:
            b: The second.
        """

    def positional_only_self(self, /, a, b):
        """self is positional-only, so pydocstyle drops a instead.

        Args:
            b: The second.
        """

    def keyword_only(*, a, b):
        """No positional parameter: pydocstyle drops a.

        Args:
            b: The second.
        """

    async def asynchronous(self, a, b):
        """Async methods are methods.

        Args:
            a: The first.
        """

    def __init__(self, a, b):
        """Constructors are checked like other methods.

        Args:
            a: The first.
        """

    def outer(self, a):
        """Documented.

        Args:
            a: The first.
        """

        def nested(x, y):
            """A function inside a method keeps its first parameter.

            Args:
                y: The second.
            """
