"""Missing items at the end go after the last item."""


def copy$0(source, destination, mode=0o644):
    """Copy a file.

    source -- what to copy,
        a path or a URL
    """
