"""Types come from the default values when there are no annotations."""


def resize(image, width, height=None, keep_aspect=True, mode="bilinear", scale=1.5, tags=[], options={}, shape=(1, 2), mask=b"", step=-1, fill=fill_value()):
    """TODO: Summarise what resize does.

    Args:
        image:
            TODO: describe image.
        width:
            TODO: describe width.
        height (*optional*):
            TODO: describe height.
        keep_aspect (`bool`, *optional*, defaults to `True`):
            TODO: describe keep_aspect.
        mode (`str`, *optional*, defaults to `"bilinear"`):
            TODO: describe mode.
        scale (`float`, *optional*, defaults to 1.5):
            TODO: describe scale.
        tags (`list`, *optional*, defaults to `[]`):
            TODO: describe tags.
        options (`dict`, *optional*, defaults to `{}`):
            TODO: describe options.
        shape (`tuple`, *optional*, defaults to `(1, 2)`):
            TODO: describe shape.
        mask (`bytes`, *optional*, defaults to `b""`):
            TODO: describe mask.
        step (`int`, *optional*, defaults to -1):
            TODO: describe step.
        fill (*optional*, defaults to `fill_value()`):
            TODO: describe fill.

    Returns:
        TODO: describe the return value.
    """
    return image
