"""A file with CRLF line breaks keeps them."""


def scale(values, factor: float = 2.0):
    """TODO: Summarise what scale does.

    Parameters
    ----------
    values
        TODO: describe values.
    factor : float, default=2.0
        TODO: describe factor.

    Returns
    -------
    TODO
        TODO: describe the return value.
    """
    return [value * factor for value in values]
