"""Missing entries at the end go after the last entry; without :type fields in the list, none are added."""


def copy$0(source, destination, mode=0o644):
    """Copy a file.

    :param source: What to copy.
        A path or a URL.
    """
