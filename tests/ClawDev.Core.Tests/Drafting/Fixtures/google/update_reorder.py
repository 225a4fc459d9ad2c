"""Entries move to signature order byte for byte; a missing one is added."""


def copy$0(source, destination, mode=0o644, *, overwrite=False):
    """Copy a file.

    Existing files are kept unless asked.

    Args:
        destination (str): Where to copy to. It may span
            two lines.

        source (str): What to copy.
        overwrite (bool, optional): Replace an existing file.
            Defaults to False.

    Examples:
        >>> copy("a", "b")
    """
