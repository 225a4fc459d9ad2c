"""A module-level function."""


def fetch(url: str, timeout: float = 10.0, retries=3, verbose: Optional[bool] = None) -> Dict[str, int]:
    """TODO: Summarise what fetch does.

    Args:
        url (str): TODO: describe url.
        timeout (float, optional): TODO: describe timeout. Defaults to 10.0.
        retries (int, optional): TODO: describe retries. Defaults to 3.
        verbose (bool, optional): TODO: describe verbose. Defaults to None.

    Returns:
        Dict[str, int]: TODO: describe the return value.
    """
    return {}
