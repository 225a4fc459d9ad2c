"""Missing entries in the middle go after the preceding documented parameter (and its type)."""


def copy(source, destination, mode=0o644, overwrite=False):
    """Copy a file.

    The folder of the copy must exist.

    :param source: What to copy.
    :type source: str
    :param destination: TODO: describe destination.
    :type destination: TODO
    :param mode: TODO: describe mode.
    :type mode: int, optional
    :param overwrite: Replace an existing file.
    :type overwrite: bool
    :returns: Whether anything was copied.
    :rtype: bool
    """
