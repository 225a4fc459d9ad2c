"""ruff with ignore-var-parameters: *args and **kwargs are not required."""


def forwards(a, *args, **kwargs):
    """Do something.

    Args:
        a: The first.
    """


def documents_stars(a, *args, **kwargs):
    """Do something.

    Args:
        a: The first.
        *args: Extra positional arguments.
        **kwargs: Extra keyword arguments.
    """


def positional_only(a, /, b):
    """Do something.

    Args:
        b: The second.
    """
