"""Positional-only parameters are documented like the others."""


def clamp$0(value, lower, /, upper, *, inclusive=True):
    return max(lower, min(value, upper))
