"""A nested function's docstring is completed like any other."""


def outer(items):
    """Sort items.

    :param items: The items.
    """

    def key$0(item, reverse=False):
        """Sort key.

        :param item: An item.
        :type item: object
        """
        return item

    return sorted(items, key=key)
