"""Sphinx fields: pydocstyle does not read them; with d417-sphinx (the d417_sphinx variant) ClawDev does."""


def open_file(path, mode, encoding=None):
    """Open a file.

    :param path: Where the file is.
    :param str mode: How to open it.
    """


def complete(path, mode):
    """Open a file.

    :param path: Where the file is.
    :param mode: How to open it.
    :type mode: str
    """


def no_fields(path, mode):
    """Open a file; no fields, nothing to check."""


def returns_only(path):
    """Open a file.

    :returns: A handle.
    """


class Host:
    """Documented."""

    def method(self, a, b):
        """Do something.

        :param a: The first.
        """


def google_wins(a, b):
    """A Google section is read the pydocstyle way; the Sphinx path is not taken.

    Args:
        a: The first.

    :param b: The second.
    """
