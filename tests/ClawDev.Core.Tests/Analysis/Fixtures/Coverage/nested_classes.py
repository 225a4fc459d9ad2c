"""ignore-nested-classes: drops nested classes and their direct children, not deeper ones."""


class Outer:
    """Documented."""

    class Inner:
        def method(self):
            def helper():
                pass

        class Deeper:
            pass


def function():
    """Documented."""

    class Local:
        pass


async def coroutine():
    """Documented."""

    class InCoroutine:
        pass
