"""Closing quotes on the last line of text move to a line of their own when a section is appended."""


def ratio(numerator, denominator):
    """Divide.

    The numerator may be any number.

    Args:
        numerator: The numerator may be any number.
        denominator: TODO: describe denominator.
    """
    return numerator / denominator
