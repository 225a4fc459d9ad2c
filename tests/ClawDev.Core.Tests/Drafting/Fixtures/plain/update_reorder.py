"""Items move to signature order byte for byte; a missing one is added."""


def copy$0(source, destination, mode=0o644, *, overwrite=False):
    """Copy a file.

    Existing files are kept unless asked.

    destination -- where to copy to; it may span
        two lines
    source -- what to copy
    overwrite -- replace an existing file (default False)
    """
