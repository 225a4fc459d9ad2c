"""Positional-only parameters are documented like the others."""


def clamp(value, lower, /, upper, *, inclusive=True):
    """TODO: Summarise what clamp does.

    Parameters
    ----------
    value
        TODO: describe value.
    lower
        TODO: describe lower.
    upper
        TODO: describe upper.
    inclusive : bool, default=True
        TODO: describe inclusive.

    Returns
    -------
    TODO
        TODO: describe the return value.
    """
    return max(lower, min(value, upper))
