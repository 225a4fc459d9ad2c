"""Utilities for working with paths."""


def basename(p):
    """Returns the final component of a pathname"""


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.

    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator.
    """


def normcase(s):
    """
    Normalize case of pathname.

    Has no effect under Posix. The result is always a string; bytes are
    decoded first.

    .. versionchanged:: 3.6
       Accepts a path-like object.
    """


def expanduser(path):
    """Expand ~ and ~user constructions.

    Note: if user or $HOME is unknown, do nothing.

    For example: ``~/spam`` becomes ``/home/you/spam``.
    Returns: the expanded path, a str.
    """


def empty():
    """"""


def blank():
    """

    """


def relpath(path, start=None):
    """Return a relative version of a path

    Example:
        >>> relpath('/usr/lib', '/usr')
        'lib'
    """


def usage():
    """Command line usage.

    Usage
    -----
    Run the module with a path argument.
    """
