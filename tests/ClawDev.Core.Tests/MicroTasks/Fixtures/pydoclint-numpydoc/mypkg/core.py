"""Core."""


class Engine:
    """An engine."""

    def run(self, steps: int) -> None:
        """Run it."""


def helper():
    """Help."""
    return 1
