"""Geometry helpers."""


def scale(points: list[float], factor: float = 2.0, *, clamp=None) -> list[float]:
    """TODO: Summarise what scale does.

    :param points: TODO: describe points.
    :type points: list[float]
    :param factor: TODO: describe factor. Defaults to 2.0.
    :type factor: float, optional
    :param clamp: TODO: describe clamp. Defaults to None.
    :returns: TODO: describe the return value.
    :rtype: list[float]
    :raises ValueError: TODO: describe when ValueError is raised.
    """
    if factor <= 0:
        raise ValueError("factor must be positive")
    return [point * factor for point in points]
