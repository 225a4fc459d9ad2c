"""At the top level, two blank lines go before the next function."""


def first(x=...):
    """TODO: Summarise what first does.

    Args:
        x (optional): TODO: describe x.
    """
    ...


def second(): ...
