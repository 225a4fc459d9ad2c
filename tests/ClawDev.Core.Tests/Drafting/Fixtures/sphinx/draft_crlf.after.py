"""A file with CRLF line breaks keeps them."""


def scale(values, factor: float = 2.0):
    """TODO: Summarise what scale does.

    :param values: TODO: describe values.
    :param factor: TODO: describe factor. Defaults to 2.0.
    :type factor: float, optional
    :returns: TODO: describe the return value.
    """
    return [value * factor for value in values]
