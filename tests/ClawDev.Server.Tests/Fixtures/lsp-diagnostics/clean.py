"""Nothing to report here."""


def add(a, b):
    """Add two numbers.

    Args:
        a: The first.
        b: The second.
    """
    return a + b


class Counter:
    """Counts things."""

    def increment(self):
        """Add one."""
