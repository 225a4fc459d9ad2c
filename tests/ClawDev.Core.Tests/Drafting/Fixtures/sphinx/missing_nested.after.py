"""A nested function's docstring is completed like any other."""


def outer(items):
    """Sort items.

    :param items: The items.
    """

    def key(item, reverse=False):
        """Sort key.

        :param item: An item.
        :type item: object
        :param reverse: TODO: describe reverse. Defaults to False.
        :type reverse: bool, optional
        """
        return item

    return sorted(items, key=key)
