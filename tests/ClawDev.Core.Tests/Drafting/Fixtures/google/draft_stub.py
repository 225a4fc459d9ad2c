"""A stub written out gets the blank line before the next method that a formatter would add; `...` states no default."""

from typing import Protocol


class Session(Protocol):
    """A session."""

    def wait$0(self, timeout: float | None = ...) -> int: ...
    def fetch(self) -> list[str]: ...
