"""Missing entries at the end go after the last entry; the closing quotes stay where they are."""


def copy$0(source, destination, mode=0o644):
    """Copy a file.

    Parameters
    ----------
    source : str
        What to copy.

        A path or a URL.
    """
