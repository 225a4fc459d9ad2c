"""Shapes."""


class Square:
    """A square."""

    async def ar$0ea(self):
        return 1
