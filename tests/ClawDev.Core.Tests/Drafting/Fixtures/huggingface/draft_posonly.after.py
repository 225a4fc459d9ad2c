"""Positional-only parameters are documented like the others."""


def clamp(value, lower, /, upper, *, inclusive=True):
    """TODO: Summarise what clamp does.

    Args:
        value:
            TODO: describe value.
        lower:
            TODO: describe lower.
        upper:
            TODO: describe upper.
        inclusive (`bool`, *optional*, defaults to `True`):
            TODO: describe inclusive.

    Returns:
        TODO: describe the return value.
    """
    return max(lower, min(value, upper))
