"""A nested function's docstring is completed like any other."""


def outer(items):
    """Sort items.

    Args:
        items: The items.
    """

    def key(item, reverse=False):
        """Sort key.

        Args:
            item: An item.
            reverse (optional): TODO: describe reverse. Defaults to False.
        """
        return item

    return sorted(items, key=key)
