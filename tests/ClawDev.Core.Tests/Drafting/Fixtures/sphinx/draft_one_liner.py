"""A body on the header line becomes a block; its code is kept."""


def double$0(x: int) -> int: return 2 * x
