"""Missing entries at the end go after the last entry; the closing quotes stay where they are."""


def copy(source, destination, mode=0o644):
    """Copy a file.

    Args:
        source (str): What to copy.
            A path or a URL.
        destination (TODO): TODO: describe destination.
        mode (int, optional): TODO: describe mode. Defaults to 0o644.
    """
