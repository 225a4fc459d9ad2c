"""A file in the middle of being edited."""


def complete(value):
    return value


def half_typed(first, sec
    x = (
