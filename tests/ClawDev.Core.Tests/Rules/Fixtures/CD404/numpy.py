"""CD404 in NumPy docstrings."""


def missing(distance, time):
    """Calculate the speed.

    Parameters
    ----------
    distance : float
        Distance travelled.
    time : float
        Time spent.
    """
    return distance / time


def documented(distance, time):
    """Calculate the speed.

    Parameters
    ----------
    distance : float
        Distance travelled.
    time : float
        Time spent.

    Returns
    -------
    float
        The speed.
    """
    return distance / time


def yields_section(items):
    """Iterate lazily over the items.

    Parameters
    ----------
    items : list
        What to iterate over.

    Yields
    ------
    object
        Each item.
    """
    return iter(items)


def summary_is_not_enough(distance, time):
    """Returns the speed: NumPy asks for a Returns section all the same.

    Parameters
    ----------
    distance : float
        Distance travelled.
    time : float
        Time spent.
    """
    return distance / time


def other_sections_only(value):
    """No parameter section, so not checked.

    Raises
    ------
    ValueError
        When the value is bad.
    """
    if not value:
        raise ValueError(value)
    return value
