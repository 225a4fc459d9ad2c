"""__all__ as a list: only listed functions are public."""

__all__ = ["exported", "_exported_private"]


def exported():
    pass


def not_exported():
    pass


def _exported_private():
    pass
