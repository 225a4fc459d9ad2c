"""An entry for a parameter that is gone is marked, not deleted."""


def fetch$0(url, timeout=10, attempts=3):
    """Download a page.

    :param url: The address.
    :type url: str
    :param retries: How often to try.
    :type retries: int
    :type timeout: int
    :param timeout: Seconds to wait.
    """
