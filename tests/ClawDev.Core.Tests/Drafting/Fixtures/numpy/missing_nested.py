"""A nested function's docstring is completed like any other."""


def outer(items):
    """Sort items.

    Parameters
    ----------
    items : list
        The items.
    """

    def key$0(item, reverse=False):
        """Sort key.

        Parameters
        ----------
        item : object
            An item.
        """
        return item

    return sorted(items, key=key)
