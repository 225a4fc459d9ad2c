"""Missing items in the middle go after the preceding documented parameter."""


def copy(source, destination, mode=0o644, overwrite=False):
    """Copy a file.

    The folder of the copy must exist.

    source -- what to copy
    destination -- TODO: describe destination.
    mode -- TODO: describe mode. (default 0o644)
    overwrite -- replace an existing file (default False)

    Return whether anything was copied.
    """
