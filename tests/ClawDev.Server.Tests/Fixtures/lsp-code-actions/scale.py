"""Geometry helpers."""


def scale(points: list[float], factor: float = 2.0, *, clamp=None) -> list[float]:
    if factor <= 0:
        raise ValueError("factor must be positive")
    return [point * factor for point in points]
