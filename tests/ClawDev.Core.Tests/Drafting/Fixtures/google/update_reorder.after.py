"""Entries move to signature order byte for byte; a missing one is added."""


def copy(source, destination, mode=0o644, *, overwrite=False):
    """Copy a file.

    Existing files are kept unless asked.

    Args:
        source (str): What to copy.

        destination (str): Where to copy to. It may span
            two lines.
        mode (int, optional): TODO: describe mode. Defaults to 0o644.
        overwrite (bool, optional): Replace an existing file.
            Defaults to False.

    Examples:
        >>> copy("a", "b")
    """
