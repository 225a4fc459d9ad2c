"""Without :param fields, they go before the first field."""


def copy$0(source, destination):
    """Copy a file.

    Nothing is overwritten.

    :returns: Whether anything was copied.
    :rtype: bool
    """
