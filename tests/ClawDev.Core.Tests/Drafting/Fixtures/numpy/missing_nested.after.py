"""A nested function's docstring is completed like any other."""


def outer(items):
    """Sort items.

    Parameters
    ----------
    items : list
        The items.
    """

    def key(item, reverse=False):
        """Sort key.

        Parameters
        ----------
        item : object
            An item.
        reverse : bool, default=False
            TODO: describe reverse.
        """
        return item

    return sorted(items, key=key)
