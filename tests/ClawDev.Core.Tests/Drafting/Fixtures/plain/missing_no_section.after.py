"""Without an argument list, one is added at the end."""


def copy(source, destination):
    """Copy a file.

    Nothing is overwritten.

    source -- TODO: describe source.
    destination -- TODO: describe destination.
    """
