"""Missing entries in the middle go after the preceding documented parameter."""


def copy(source, destination, mode=0o644, overwrite=False):
    """
    Copy a file.

    The folder of the copy must exist.

    Args:
        source (`str`):
            What to copy.
        destination (`TODO`):
            TODO: describe destination.
        mode (`int`, *optional*, defaults to 0o644):
            TODO: describe mode.
        overwrite (`bool`, *optional*, defaults to `False`):
            Replace an existing file.

    Returns:
        `bool`: Whether anything was copied.
    """
