"""Fields move to signature order byte for byte; :type fields kept apart stay apart."""


def copy(source, destination, mode=0o644, *, overwrite=False):
    """Copy a file.

    Existing files are kept unless asked.

    :param source: What to copy.
    :param destination: Where to copy to. It may span
        two lines.
    :param mode: TODO: describe mode.
    :param overwrite: Replace an existing file.
    :type source: str
    :type destination: str
    :type mode: int, optional
    :type overwrite: bool
    :raises OSError: When the disk is full.
    """
