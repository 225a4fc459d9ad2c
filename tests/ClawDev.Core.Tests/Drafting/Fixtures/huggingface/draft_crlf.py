"""A file with CRLF line breaks keeps them."""


def scale$0(values, factor: float = 2.0):
    return [value * factor for value in values]
