"""Items move to signature order byte for byte; a missing one is added."""


def copy(source, destination, mode=0o644, *, overwrite=False):
    """Copy a file.

    Existing files are kept unless asked.

    source -- what to copy
    destination -- where to copy to; it may span
        two lines
    mode -- TODO: describe mode. (default 0o644)
    overwrite -- replace an existing file (default False)
    """
