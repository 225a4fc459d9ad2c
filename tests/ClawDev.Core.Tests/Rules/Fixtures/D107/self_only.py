"""ignore-self-only-init: an __init__ taking only self is exempt."""


class SelfOnly:
    """Documented."""

    def __init__(self):
        pass


class TakesArguments:
    """Documented."""

    def __init__(self, value):
        self.value = value
