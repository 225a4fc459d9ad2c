"""A body on the header line becomes a block; its code is kept."""


def double(x: int) -> int:
    """TODO: Summarise what double does.

    Parameters
    ----------
    x : int
        TODO: describe x.

    Returns
    -------
    int
        TODO: describe the return value.
    """
    return 2 * x
