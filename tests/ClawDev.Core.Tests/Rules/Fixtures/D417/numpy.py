"""NumPy-style Parameters sections."""


def complete(a, b):
    """Do something.

    Parameters
    ----------
    a : int
        The first.
    b : str
        The second.
    """


def missing_one(a, b, c):
    """Do something.

    Parameters
    ----------
    a : int
        The first.
    c : int
        The third.
    """


def grouped(x1, x2, y):
    """Several names on one line.

    Parameters
    ----------
    x1, x2 : array_like
        Input arrays.
    """


def without_type(a, b):
    """Names without a type.

    Parameters
    ----------
    a
        The first.
    b
    """


def starred_names(a, *args, **kwargs):
    """Starred entries are harmless: *args and **kwargs are not required.

    Parameters
    ----------
    a : int
        The first.
    *args
        Extra.
    """


def with_returns(a, b):
    """Other sections do not matter.

    Parameters
    ----------
    a : int
        The first.

    Returns
    -------
    int
        Something.
    """


def indented_wrong(a, b):
    """Entries must be at the header's indentation.

    Parameters
    ----------
        a : int
            The first.
    b : int
        The second.
    """


def backslash_continuation(a, b):
    """Backslash-newline continuations are joined first.

    Parameters
    ----------
    a : int \
        , b
        Both.
    """


def two_sections(a, b):
    """Each Parameters section is checked on its own.

    Parameters
    ----------
    a : int
        The first.

    Parameters
    ----------
    b : int
        The second.
    """


def other_parameters_only(a, b):
    """Other Parameters is not checked.

    Other Parameters
    ----------------
    a : int
        The first.
    """
