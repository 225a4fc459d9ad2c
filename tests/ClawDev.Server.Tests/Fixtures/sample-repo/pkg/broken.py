"""A module whose middle does not parse."""


def before():
    return 1


def broken(:
    pass


def after():
    """Still seen after the syntax error."""
    return 2


class Tail:
    pass
