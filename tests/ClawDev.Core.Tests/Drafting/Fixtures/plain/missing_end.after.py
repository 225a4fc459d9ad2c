"""Missing items at the end go after the last item."""


def copy(source, destination, mode=0o644):
    """Copy a file.

    source -- what to copy,
        a path or a URL
    destination -- TODO: describe destination.
    mode -- TODO: describe mode. (default 0o644)
    """
