"""A method: self is not documented."""


class Client:
    """A client."""

    def send(self, payload: bytes, flush: bool = True) -> int:
        """TODO: Summarise what send does.

        payload -- TODO: describe payload.
        flush -- TODO: describe flush. (default True)
        """
        return len(payload)

    def close(self):
        """Close the connection."""
