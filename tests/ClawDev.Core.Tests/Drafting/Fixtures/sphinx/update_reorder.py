"""Fields move to signature order byte for byte; :type fields kept apart stay apart."""


def copy$0(source, destination, mode=0o644, *, overwrite=False):
    """Copy a file.

    Existing files are kept unless asked.

    :param destination: Where to copy to. It may span
        two lines.
    :param source: What to copy.
    :param overwrite: Replace an existing file.
    :type destination: str
    :type source: str
    :type overwrite: bool
    :raises OSError: When the disk is full.
    """
