"""Nested classes: public when the enclosing class is public and the name does not start with '_'."""

__all__ = ["Exported", "Nested"]


class Exported:
    """Documented."""

    class Meta:
        pass

    class Documented:
        """Documented."""

    class _Hidden:
        pass

    class Level1:
        """Documented."""

        class Level2:
            pass

    def method(self):
        """Documented."""

        class InMethod:
            pass


class NotExported:
    """Documented, but not in __all__."""

    class Meta:
        pass


def Nested():
    """A function named like a nested class does not make the class public."""

    class Local:
        pass
