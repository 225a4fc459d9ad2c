"""Missing entries at the end go after the last entry; the closing quotes stay where they are."""


def copy(source, destination, mode=0o644):
    r"""
    Copy a file.

    Args:
        source (`str`):
            What to copy.

            <Tip>

            A path or a URL.

            </Tip>
        destination (`TODO`):
            TODO: describe destination.
        mode (`int`, *optional*, defaults to 0o644):
            TODO: describe mode.
    """
