"""Positional-only parameters are documented like the others."""


def clamp(value, lower, /, upper, *, inclusive=True):
    """TODO: Summarise what clamp does.

    :param value: TODO: describe value.
    :param lower: TODO: describe lower.
    :param upper: TODO: describe upper.
    :param inclusive: TODO: describe inclusive. Defaults to True.
    :type inclusive: bool, optional
    :returns: TODO: describe the return value.
    """
    return max(lower, min(value, upper))
