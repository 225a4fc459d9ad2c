"""A body on the header line becomes a block; its code is kept."""


def double(x: int) -> int:
    """TODO: Summarise what double does.

    x -- TODO: describe x.
    """
    return 2 * x
