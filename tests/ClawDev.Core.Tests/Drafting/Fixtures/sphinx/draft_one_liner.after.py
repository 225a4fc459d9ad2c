"""A body on the header line becomes a block; its code is kept."""


def double(x: int) -> int:
    """TODO: Summarise what double does.

    :param x: TODO: describe x.
    :type x: int
    :returns: TODO: describe the return value.
    :rtype: int
    """
    return 2 * x
