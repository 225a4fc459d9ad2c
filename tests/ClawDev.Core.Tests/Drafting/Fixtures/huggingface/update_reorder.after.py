"""Entries move to signature order byte for byte; a missing one is added."""


def copy(source, destination, mode=0o644, *, overwrite=False):
    """
    Copy a file.

    Existing files are kept unless asked.

    Args:
        source (`str`):
            What to copy.

        destination (`str`):
            Where to copy to. It may span
            two lines.
        mode (`int`, *optional*, defaults to 0o644):
            TODO: describe mode.
        overwrite (`bool`, *optional*, defaults to `False`):
            Replace an existing file.

    Example:

    ```python
    >>> copy("a", "b")
    ```
    """
