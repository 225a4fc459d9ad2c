"""A tuple, a parenthesised one-name tuple and comments all work."""

__all__ = (
    "A",  # the first
    'B',
)


class A:
    pass


class B:
    pass


class C:
    pass
