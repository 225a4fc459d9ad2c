"""Positional-only parameters are documented like the others."""


def clamp(value, lower, /, upper, *, inclusive=True):
    """TODO: Summarise what clamp does.

    value -- TODO: describe value.
    lower -- TODO: describe lower.
    upper -- TODO: describe upper.
    inclusive -- TODO: describe inclusive. (default True)
    """
    return max(lower, min(value, upper))
