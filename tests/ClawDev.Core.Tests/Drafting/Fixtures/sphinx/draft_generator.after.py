"""A generator yields; its Iterator annotation gives the element type."""


def read_chunks(stream, size: int = 4096) -> Iterator[bytes]:
    """TODO: Summarise what read_chunks does.

    :param stream: TODO: describe stream.
    :param size: TODO: describe size. Defaults to 4096.
    :type size: int, optional
    :yields: TODO: describe the yielded values.
    """
    while chunk := stream.read(size):
        yield chunk
