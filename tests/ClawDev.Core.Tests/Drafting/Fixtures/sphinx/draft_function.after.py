"""A module-level function."""


def fetch(url: str, timeout: float = 10.0, retries=3, verbose: Optional[bool] = None) -> Dict[str, int]:
    """TODO: Summarise what fetch does.

    :param url: TODO: describe url.
    :type url: str
    :param timeout: TODO: describe timeout. Defaults to 10.0.
    :type timeout: float, optional
    :param retries: TODO: describe retries. Defaults to 3.
    :type retries: int, optional
    :param verbose: TODO: describe verbose. Defaults to None.
    :type verbose: bool, optional
    :returns: TODO: describe the return value.
    :rtype: Dict[str, int]
    """
    return {}
