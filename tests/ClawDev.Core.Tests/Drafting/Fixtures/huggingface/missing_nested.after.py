"""A nested function's docstring is completed like any other."""


def outer(items):
    """Sort items.

    Args:
        items (`list`):
            The items.
    """

    def key(item, reverse=False):
        """Sort key.

        Args:
            item (`object`):
                An item.
            reverse (`bool`, *optional*, defaults to `False`):
                TODO: describe reverse.
        """
        return item

    return sorted(items, key=key)
