"""Positional-only parameters are documented like the others."""


def clamp(value, lower, /, upper, *, inclusive=True):
    """TODO: Summarise what clamp does.

    Args:
        value: TODO: describe value.
        lower: TODO: describe lower.
        upper: TODO: describe upper.
        inclusive (bool, optional): TODO: describe inclusive. Defaults to True.

    Returns:
        TODO: describe the return value.
    """
    return max(lower, min(value, upper))
