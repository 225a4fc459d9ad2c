"""CPython documents parameters in prose: the sentence naming one describes it, its own docstring's first."""


def _write_header(stream, compresslevel, mtime):
    """Write a gzip header."""
    stream.write(bytes([compresslevel, mtime]))


def compress(data, compresslevel=9, *, mtime=None):
    """Compress data in one shot and return the compressed string.

    compresslevel sets the compression level in range of 0-9.

    data -- Compress data in one shot and return the compressed string.
    compresslevel -- compresslevel sets the compression level in range of 0-9.
        (default 9)
    mtime -- mtime can be used to check the modification time. (default None)
    """
    return data


def decompress(data, mtime=None):
    """Decompress data in one shot.

    mtime can be used to check the modification time. It is ignored by default.
    """
    return data
