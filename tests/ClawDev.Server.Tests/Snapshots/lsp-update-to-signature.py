"""Image tools."""


def blend(first, second, alpha=0.5):
    """Blend two images.

    A weighted sum, pixel by pixel — both images must have the same size.

    Args:
        first: Drawn below.
        second: Drawn on top.
        alpha: How much of `second` shows through.
    """
