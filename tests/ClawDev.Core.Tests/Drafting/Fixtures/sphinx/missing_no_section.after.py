"""Without :param fields, they go before the first field."""


def copy(source, destination):
    """Copy a file.

    Nothing is overwritten.

    :param source: TODO: describe source.
    :param destination: TODO: describe destination.
    :returns: Whether anything was copied.
    :rtype: bool
    """
