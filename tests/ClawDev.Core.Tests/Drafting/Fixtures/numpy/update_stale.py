"""An entry for a parameter that is gone is marked, not deleted."""


def fetch$0(url, timeout=10, attempts=3):
    """Download a page.

    Parameters
    ----------
    url : str
        The address.
    retries : int
    timeout : int, default=10
        Seconds to wait.
    """
