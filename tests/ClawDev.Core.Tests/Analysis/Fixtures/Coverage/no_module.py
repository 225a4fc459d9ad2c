"""ignore-module leaves only the module itself out."""


class Documented:
    """Documented."""

    def __init__(self):
        pass

    def __repr__(self):
        """Documented."""

    def method(self):
        pass

    class Nested:
        def inner_method(self):
            """Documented."""


def function():
    """Documented."""

    def nested():
        pass

    class LocalClass:
        pass


async def coroutine():
    async def nested_coroutine():
        pass


def empty_docstring():
    """   """


def bytes_docstring():
    b"""Bytes are not a docstring to ast."""


def f_string_docstring():
    f"""Neither is an f-string."""


def noqa_is_ignored():  # noqa: D103
    pass
