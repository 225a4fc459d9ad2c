"""A list that sets its entries apart with blank lines gets new entries set apart the same way."""


def copy$0(source, destination, mode=0o644, overwrite=False, follow=True):
    """Copy a file.

    Parameters
    ----------
    source : str
        What to copy.

    overwrite : bool, default=False
        Replace an existing file.

    Returns
    -------
    bool
        Whether anything was copied.
    """
