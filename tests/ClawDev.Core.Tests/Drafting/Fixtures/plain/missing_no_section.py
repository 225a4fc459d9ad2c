"""Without an argument list, one is added at the end."""


def copy$0(source, destination):
    """Copy a file.

    Nothing is overwritten.
    """
