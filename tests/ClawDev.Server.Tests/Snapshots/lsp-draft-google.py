"""Geometry helpers."""


def scale(points: list[float], factor: float = 2.0, *, clamp=None) -> list[float]:
    """TODO: Summarise what scale does.

    Args:
        points (list[float]): TODO: describe points.
        factor (float, optional): TODO: describe factor. Defaults to 2.0.
        clamp (optional): TODO: describe clamp. Defaults to None.

    Returns:
        list[float]: TODO: describe the return value.

    Raises:
        ValueError: TODO: describe when ValueError is raised.
    """
    if factor <= 0:
        raise ValueError("factor must be positive")
    return [point * factor for point in points]
