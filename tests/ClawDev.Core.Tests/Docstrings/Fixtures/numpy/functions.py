def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    """
    Return evenly spaced numbers over a specified interval.

    Returns `num` evenly spaced samples, calculated over the
    interval [`start`, `stop`].

    The endpoint of the interval can optionally be excluded.

    Parameters
    ----------
    start : array_like
        The starting value of the sequence.
    stop : array_like
        The end value of the sequence, unless `endpoint` is set to False.
        In that case, the sequence consists of all but the last of ``num + 1``
        evenly spaced samples, so that `stop` is excluded.  Note that the step
        size changes when `endpoint` is False.
    num : int, optional
        Number of samples to generate. Default is 50. Must be non-negative.
    endpoint : bool, optional
        If True, `stop` is the last sample. Otherwise, it is not included.
        Default is True.
    retstep : bool, optional
        If True, return (`samples`, `step`), where `step` is the spacing
        between samples.
    dtype : dtype, optional
        The type of the output array.  If `dtype` is not given, the data type
        is inferred from `start` and `stop`.
    axis : int, optional
        The axis in the result to store the samples.  Relevant only if start
        or stop are array-like.

    Returns
    -------
    samples : ndarray
        There are `num` equally spaced samples in the closed interval
        ``[start, stop]`` or the half-open interval ``[start, stop)``
        (depending on whether `endpoint` is True or False).
    step : float, optional
        Only returned if `retstep` is True

        Size of spacing between samples.

    See Also
    --------
    arange : Similar to `linspace`, but uses a step size (instead of the
             number of samples).
    geomspace : Similar to `linspace`, but with numbers spaced evenly on a log
                scale (a geometric progression).

    Notes
    -----
    When `endpoint` is False, the step size is ``(stop - start) / num``.

    Examples
    --------
    >>> np.linspace(2.0, 3.0, num=5)
    array([2.  , 2.25, 2.5 , 2.75, 3.  ])
    >>> np.linspace(2.0, 3.0, num=5, endpoint=False)
    array([2. ,  2.2,  2.4,  2.6,  2.8])
    """


def hypot(x1, x2, /, out=None, *, where=True, **kwargs):
    """Given the "legs" of a right triangle, return its hypotenuse.

    Parameters
    ----------
    x1, x2 : array_like
        Leg of the triangle(s).
        If ``x1.shape != x2.shape``, they must be broadcastable to a common
        shape (which becomes the shape of the output).
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored.
    where : array_like, optional
        This condition is broadcast over the input.
    **kwargs
        For other keyword-only arguments, see the
        :ref:`ufunc docs <ufuncs.kwargs>`.

    Returns
    -------
    z : ndarray
        The hypotenuse of the triangle(s).
        This is a scalar if both `x1` and `x2` are scalars.
    """


def interpolate(x, y, kind='linear', *args, fill_value=None, order=3):
    """Interpolate a 1-D function.

    Parameters
    ----------
    x : (N,) array_like
        A 1-D array of real values.
    y : (..., N, ...) array_like
        A N-D array of real values.
    kind : {'linear', 'nearest', 'cubic'}, default: 'linear'
        Specifies the kind of interpolation as a string.
    *args : tuple
        Extra positional arguments passed to the spline constructor.
    fill_value : array-like or "extrapolate", optional
        If provided, then this value will be used to fill in for requested
        points outside of the data range.
    order : int, default=3
        Spline order.

    Other Parameters
    ----------------
    assume_sorted : bool, default False
        If False, values of `x` can be in any order.

    Raises
    ------
    ValueError
        If `x` and `y` have different lengths.
    LinAlgError
        If the spline cannot be fit.

    Warns
    -----
    RuntimeWarning
        When the fit is poorly conditioned.

    Warnings
    --------
    This function is slow for large inputs.

    References
    ----------
    .. [1] C. de Boor, "A Practical Guide to Splines", Springer, 1978.
    """


def chunks(sequence, size):
    """Split a sequence into pieces.

    Parameters
    ----------
    sequence : Sequence
    size : int
        Length of every piece but the last.

    Yields
    ------
    list
        The next piece.
    """
