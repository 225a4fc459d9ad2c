"""CD404 in Sphinx docstrings."""


def missing(distance, time):
    """Calculate the speed.

    :param distance: Distance travelled.
    :param time: Time spent.
    """
    return distance / time


def rtype_alone(distance, time):
    """Calculate the speed; a type alone does not say what the value is.

    :param distance: Distance travelled.
    :param time: Time spent.
    :rtype: float
    """
    return distance / time


def returns_field(distance, time):
    """Calculate the speed.

    :param distance: Distance travelled.
    :param time: Time spent.
    :returns: The speed.
    :rtype: float
    """
    return distance / time


def return_field(distance, time):
    """Calculate the speed.

    :param distance: Distance travelled.
    :param time: Time spent.
    :return: The speed.
    """
    return distance / time


def summary_is_not_enough(distance, time):
    """Returns the speed: only Google's guide lets the summary say it.

    :param distance: Distance travelled.
    :param time: Time spent.
    """
    return distance / time
