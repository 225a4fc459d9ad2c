"""CD401 in the contribution profile beside Sphinx field lists (requests' ":rtype: bool"-only docstrings)."""


def is_ipv4_address(string_ip):
    """
    :rtype: bool
    """


def fields_without_param(path):
    """Return a Distribution for the indicated metadata path.

    :return: a concrete Distribution instance for the path
    """


def prose_only(path, strict):
    """Return a Distribution for the indicated metadata path.

    Fails unless *path* exists.
    """
