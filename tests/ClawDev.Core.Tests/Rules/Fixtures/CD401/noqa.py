"""CD401 honours noqa like every rule."""


def suppressed(a, b):  # noqa: CD401
    """Do something.

    Nothing mentioned.
    """


def bare(a, b):  # noqa
    """Do something.

    Nothing mentioned.
    """


def other_code(a, b):  # noqa: D417
    """Do something.

    Nothing mentioned.
    """
