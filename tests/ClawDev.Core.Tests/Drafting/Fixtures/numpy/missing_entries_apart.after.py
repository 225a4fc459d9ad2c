"""A list that sets its entries apart with blank lines gets new entries set apart the same way."""


def copy(source, destination, mode=0o644, overwrite=False, follow=True):
    """Copy a file.

    Parameters
    ----------
    source : str
        What to copy.

    destination : TODO
        TODO: describe destination.

    mode : int, default=0o644
        TODO: describe mode.

    overwrite : bool, default=False
        Replace an existing file.

    follow : bool, default=True
        TODO: describe follow.

    Returns
    -------
    bool
        Whether anything was copied.
    """
