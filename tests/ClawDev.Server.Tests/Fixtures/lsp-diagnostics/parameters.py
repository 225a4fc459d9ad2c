"""Parameter documentation, in the Google style."""


def connect(host, port, timeout):
    """Open a connection.

    Args:
        host: Server name.
        port: TCP port.
    """


def resize(image, width, height):
    """Resize an image.

    The result is as wide as the given width.
    """


def crop(image, box):
    """Crop an image.

    Args:
        image: The image.
        box: The region to keep.
        margin: Extra space around the box.
    """


def blend(first, second):
    """Blend two images.

    Args:
        second: Drawn on top.
        first: Drawn below.
    """
