"""A generator yields; its Iterator annotation gives the element type."""


def read_chunks$0(stream, size: int = 4096) -> Iterator[bytes]:
    while chunk := stream.read(size):
        yield chunk
