"""Types come from the default values when there are no annotations."""


def resize(image, width, height=None, keep_aspect=True, mode="bilinear", scale=1.5, tags=[], options={}, shape=(1, 2), mask=b"", step=-1, fill=fill_value()):
    """TODO: Summarise what resize does.

    image -- TODO: describe image.
    width -- TODO: describe width.
    height -- TODO: describe height. (default None)
    keep_aspect -- TODO: describe keep_aspect. (default True)
    mode -- TODO: describe mode. (default "bilinear")
    scale -- TODO: describe scale. (default 1.5)
    tags -- TODO: describe tags. (default [])
    options -- TODO: describe options. (default {})
    shape -- TODO: describe shape. (default (1, 2))
    mask -- TODO: describe mask. (default b"")
    step -- TODO: describe step. (default -1)
    fill -- TODO: describe fill. (default fill_value())
    """
    return image
