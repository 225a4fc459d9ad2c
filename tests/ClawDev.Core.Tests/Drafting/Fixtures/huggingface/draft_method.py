"""A method: self is not documented."""


class Client:
    """A client."""

    def send$0(self, payload: bytes, flush: bool = True) -> int:
        return len(payload)

    def close(self):
        """Close the connection."""
