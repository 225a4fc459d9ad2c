"""A stub written out gets the blank line before the next method that a formatter would add; `...` states no default."""

from typing import Protocol


class Session(Protocol):
    """A session."""

    def wait(self, timeout: float | None = ...) -> int:
        """TODO: Summarise what wait does.

        Args:
            timeout (float | None, optional): TODO: describe timeout.

        Returns:
            int: TODO: describe the return value.
        """
        ...

    def fetch(self) -> list[str]: ...
