"""__all__ decides module-level publicity when present."""

__all__ = ["Exported", "_ExportedPrivate"]


class Exported:
    pass


class NotExported:
    pass


class _ExportedPrivate:
    pass


class Outer:
    """Not exported, so not public; its nested class is therefore private too."""

    class Nested:
        pass
