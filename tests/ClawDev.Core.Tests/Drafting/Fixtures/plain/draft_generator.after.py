"""A generator yields; its Iterator annotation gives the element type."""


def read_chunks(stream, size: int = 4096) -> Iterator[bytes]:
    """TODO: Summarise what read_chunks does.

    stream -- TODO: describe stream.
    size -- TODO: describe size. (default 4096)
    """
    while chunk := stream.read(size):
        yield chunk
