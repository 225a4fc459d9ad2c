"""A file with CRLF line breaks keeps them."""


def scale(values, factor: float = 2.0):
    """TODO: Summarise what scale does.

    Args:
        values: TODO: describe values.
        factor (float, optional): TODO: describe factor. Defaults to 2.0.

    Returns:
        TODO: describe the return value.
    """
    return [value * factor for value in values]
