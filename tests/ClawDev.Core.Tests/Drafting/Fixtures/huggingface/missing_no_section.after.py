"""Without a parameter section, one is added before the first section."""


def copy(source, destination):
    """
    Copy a file.

    Nothing is overwritten.

    Args:
        source:
            TODO: describe source.
        destination:
            TODO: describe destination.

    Returns:
        `bool`: Whether anything was copied.
    """
