"""Without a parameter section, one is added before the first section."""


def copy$0(source, destination):
    """Copy a file.

    Nothing is overwritten.

    Returns:
        bool: Whether anything was copied.
    """
