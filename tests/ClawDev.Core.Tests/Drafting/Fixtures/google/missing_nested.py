"""A nested function's docstring is completed like any other."""


def outer(items):
    """Sort items.

    Args:
        items: The items.
    """

    def key$0(item, reverse=False):
        """Sort key.

        Args:
            item: An item.
        """
        return item

    return sorted(items, key=key)
