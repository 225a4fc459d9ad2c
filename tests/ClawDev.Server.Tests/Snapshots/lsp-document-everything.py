"""TODO: Summarise what store does."""

def load(path):
    """TODO: Summarise what load does.

    Args:
        path: TODO: describe path.

    Returns:
        TODO: describe the return value.
    """
    return path


class Store:
    """TODO: Summarise what Store does."""

    def get(self, key, default=None):
        """Look a key up.

        Args:
            key: What to look up.
            default (optional): TODO: describe default.
        """
