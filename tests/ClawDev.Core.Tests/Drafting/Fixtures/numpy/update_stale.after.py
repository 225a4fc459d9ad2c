"""An entry for a parameter that is gone is marked, not deleted."""


def fetch(url, timeout=10, attempts=3):
    """Download a page.

    Parameters
    ----------
    url : str
        The address.
    retries : int
        TODO: retries is not in the signature; rename or remove this entry.
    timeout : int, default=10
        Seconds to wait.
    attempts : int, default=3
        TODO: describe attempts.
    """
