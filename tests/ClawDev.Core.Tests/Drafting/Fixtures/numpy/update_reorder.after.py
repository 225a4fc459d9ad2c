"""Entries move to signature order byte for byte; a missing one is added."""


def copy(source, destination, mode=0o644, *, overwrite=False):
    """Copy a file.

    Existing files are kept unless asked.

    Parameters
    ----------
    source, other : str
        TODO: other is not in the signature; rename or remove this entry. What to copy.

    destination : str
        Where to copy to. It may span
        two lines.
    mode : int, default=0o644
        TODO: describe mode.
    overwrite : bool, default=False
        Replace an existing file.

    Examples
    --------
    >>> copy("a", "b")
    """
