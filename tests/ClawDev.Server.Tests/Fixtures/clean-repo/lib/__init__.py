"""A fully documented package."""


def greet(name):
    """Greet someone.

    Args:
        name: Who to greet.
    """
    return f"Hello, {name}"
