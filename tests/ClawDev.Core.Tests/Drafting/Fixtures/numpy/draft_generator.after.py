"""A generator yields; its Iterator annotation gives the element type."""


def read_chunks(stream, size: int = 4096) -> Iterator[bytes]:
    """TODO: Summarise what read_chunks does.

    Parameters
    ----------
    stream
        TODO: describe stream.
    size : int, default=4096
        TODO: describe size.

    Yields
    ------
    bytes
        TODO: describe the yielded values.
    """
    while chunk := stream.read(size):
        yield chunk
