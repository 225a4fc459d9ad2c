"""A file with CRLF line breaks keeps them."""


def scale(values, factor: float = 2.0):
    """TODO: Summarise what scale does.

    values -- TODO: describe values.
    factor -- TODO: describe factor. (default 2.0)
    """
    return [value * factor for value in values]
