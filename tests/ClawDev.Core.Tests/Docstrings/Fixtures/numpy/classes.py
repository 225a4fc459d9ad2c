class Polynomial:
    """A power series.

    Parameters
    ----------
    coef : array_like
        Series coefficients in order of increasing degree, i.e.,
        ``(1, 2, 3)`` gives ``1*P_0(x) + 2*P_1(x) + 3*P_2(x)``.
    domain : (2,) array_like, optional
        Domain to use. The interval ``[domain[0], domain[1]]`` is mapped
        to the interval ``[window[0], window[1]]`` by shifting and scaling.
        The default value is [-1, 1].
    symbol : str, optional
        Symbol used to represent the independent variable in string
        representations of the polynomial expression, e.g. for printing.

        .. versionadded:: 1.24

    Attributes
    ----------
    coef : ndarray
        The coefficients.
    symbol : str
        The symbol.

    Methods
    -------
    fit(x, y, deg)
        Least squares fit to data.
    """


def apply_along(func, arr, *args, **kwargs):
    """
    Apply a function along an axis.

    Parameters
    ----------
    func : callable
        The function to apply.
    arr : ndarray
        Input array.
    \\*args : any
        Additional arguments to `func`.
    \\*\\*kwargs : any
        Additional named arguments to `func`.

    Returns
    -------
    ndarray
        The output array.
    """


def apply_raw(func, arr, *args, **kwargs):
    r"""
    Apply a function, raw docstring.

    Parameters
    ----------
    func : callable
        The function to apply.
    \*args : any
        Additional arguments to `func`.
    \*\*kwargs
        Additional named arguments to `func`.
    """


def load(path, mmap_mode=None):
    """Load arrays from a file.

    Parameters
    ----------
    path : str or PathLike
        The file to read.
    mmap_mode : {None, 'r+', 'r', 'w+', 'c'}, optional
        If not None, then memory-map the file.

    Returns
    -------
    result : array, tuple, dict, etc.
        Data stored in the file.

    Raises
    ------
    OSError
        If the input file does not exist or cannot be read.
    ValueError
        The file contains an object array, but ``allow_pickle=False`` given.
    """


def sympy_style(expr, *symbols, **flags):
    """
    Differentiate ``expr`` with respect to ``symbols``.

    Parameters
    ==========

    expr : Expr
        The expression.
    symbols : Symbol
        Variables to differentiate by.

    Examples
    ========

    >>> from sympy import diff
    >>> diff(x**2, x)
    2*x
    """
