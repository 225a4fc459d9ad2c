"""Types come from the default values when there are no annotations."""


def resize(image, width, height=None, keep_aspect=True, mode="bilinear", scale=1.5, tags=[], options={}, shape=(1, 2), mask=b"", step=-1, fill=fill_value()):
    """TODO: Summarise what resize does.

    :param image: TODO: describe image.
    :param width: TODO: describe width.
    :param height: TODO: describe height. Defaults to None.
    :param keep_aspect: TODO: describe keep_aspect. Defaults to True.
    :type keep_aspect: bool, optional
    :param mode: TODO: describe mode. Defaults to "bilinear".
    :type mode: str, optional
    :param scale: TODO: describe scale. Defaults to 1.5.
    :type scale: float, optional
    :param tags: TODO: describe tags. Defaults to [].
    :type tags: list, optional
    :param options: TODO: describe options. Defaults to {}.
    :type options: dict, optional
    :param shape: TODO: describe shape. Defaults to (1, 2).
    :type shape: tuple, optional
    :param mask: TODO: describe mask. Defaults to b"".
    :type mask: bytes, optional
    :param step: TODO: describe step. Defaults to -1.
    :type step: int, optional
    :param fill: TODO: describe fill. Defaults to fill_value().
    :returns: TODO: describe the return value.
    """
    return image
