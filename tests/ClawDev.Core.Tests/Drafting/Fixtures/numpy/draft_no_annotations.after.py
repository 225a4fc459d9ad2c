"""Types come from the default values when there are no annotations."""


def resize(image, width, height=None, keep_aspect=True, mode="bilinear", scale=1.5, tags=[], options={}, shape=(1, 2), mask=b"", step=-1, fill=fill_value()):
    """TODO: Summarise what resize does.

    Parameters
    ----------
    image
        TODO: describe image.
    width
        TODO: describe width.
    height : optional
        TODO: describe height.
    keep_aspect : bool, default=True
        TODO: describe keep_aspect.
    mode : str, default="bilinear"
        TODO: describe mode.
    scale : float, default=1.5
        TODO: describe scale.
    tags : list, default=[]
        TODO: describe tags.
    options : dict, default={}
        TODO: describe options.
    shape : tuple, default=(1, 2)
        TODO: describe shape.
    mask : bytes, default=b""
        TODO: describe mask.
    step : int, default=-1
        TODO: describe step.
    fill : default=fill_value()
        TODO: describe fill.

    Returns
    -------
    TODO
        TODO: describe the return value.
    """
    return image
