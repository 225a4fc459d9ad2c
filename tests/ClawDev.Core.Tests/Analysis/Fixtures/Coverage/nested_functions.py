"""ignore-nested-functions: functions directly inside a (non-async) function or method; their children stay."""


def outer():
    """Documented."""

    def nested():
        class KeptClass:
            pass

        def nested_twice():
            pass


class Host:
    """Documented."""

    def method(self):
        """Documented."""

        def in_method():
            pass


async def coroutine():
    """Documented."""

    def in_coroutine():
        pass
