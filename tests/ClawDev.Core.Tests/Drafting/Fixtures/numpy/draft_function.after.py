"""A module-level function."""


def fetch(url: str, timeout: float = 10.0, retries=3, verbose: Optional[bool] = None) -> Dict[str, int]:
    """TODO: Summarise what fetch does.

    Parameters
    ----------
    url : str
        TODO: describe url.
    timeout : float, default=10.0
        TODO: describe timeout.
    retries : int, default=3
        TODO: describe retries.
    verbose : bool, optional
        TODO: describe verbose.

    Returns
    -------
    Dict[str, int]
        TODO: describe the return value.
    """
    return {}
