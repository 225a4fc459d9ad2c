"""A method: self is not documented."""


class Client:
    """A client."""

    def send(self, payload: bytes, flush: bool = True) -> int:
        """TODO: Summarise what send does.

        Args:
            payload (bytes): TODO: describe payload.
            flush (bool, optional): TODO: describe flush. Defaults to True.

        Returns:
            int: TODO: describe the return value.
        """
        return len(payload)

    def close(self):
        """Close the connection."""
