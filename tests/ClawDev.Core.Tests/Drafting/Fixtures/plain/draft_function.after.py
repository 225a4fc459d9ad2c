"""A module-level function."""


def fetch(url: str, timeout: float = 10.0, retries=3, verbose: Optional[bool] = None) -> Dict[str, int]:
    """TODO: Summarise what fetch does.

    url -- TODO: describe url.
    timeout -- TODO: describe timeout. (default 10.0)
    retries -- TODO: describe retries. (default 3)
    verbose -- TODO: describe verbose. (default None)
    """
    return {}
