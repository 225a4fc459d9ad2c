"""A method: self is not documented."""


class Client:
    """A client."""

    def send(self, payload: bytes, flush: bool = True) -> int:
        """TODO: Summarise what send does.

        :param payload: TODO: describe payload.
        :type payload: bytes
        :param flush: TODO: describe flush. Defaults to True.
        :type flush: bool, optional
        :returns: TODO: describe the return value.
        :rtype: int
        """
        return len(payload)

    def close(self):
        """Close the connection."""
