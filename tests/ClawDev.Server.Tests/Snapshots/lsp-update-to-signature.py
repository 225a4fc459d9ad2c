"""Image tools."""


def blend(first, second, alpha=0.5):
    """Blend two images.

    A weighted sum, pixel by pixel — both images must have the same size.

    Args:
        first: Drawn below.
        second: Drawn on top.
        alpha (optional): TODO: describe alpha. Defaults to 0.5.
        opacity: TODO: opacity is not in the signature; rename or remove this entry. How much of `second` shows through.
    """
