"""Types come from the default values when there are no annotations."""


def resize(image, width, height=None, keep_aspect=True, mode="bilinear", scale=1.5, tags=[], options={}, shape=(1, 2), mask=b"", step=-1, fill=fill_value()):
    """TODO: Summarise what resize does.

    Args:
        image: TODO: describe image.
        width: TODO: describe width.
        height (optional): TODO: describe height. Defaults to None.
        keep_aspect (bool, optional): TODO: describe keep_aspect. Defaults to True.
        mode (str, optional): TODO: describe mode. Defaults to "bilinear".
        scale (float, optional): TODO: describe scale. Defaults to 1.5.
        tags (list, optional): TODO: describe tags. Defaults to [].
        options (dict, optional): TODO: describe options. Defaults to {}.
        shape (tuple, optional): TODO: describe shape. Defaults to (1, 2).
        mask (bytes, optional): TODO: describe mask. Defaults to b"".
        step (int, optional): TODO: describe step. Defaults to -1.
        fill (optional): TODO: describe fill. Defaults to fill_value().

    Returns:
        TODO: describe the return value.
    """
    return image
