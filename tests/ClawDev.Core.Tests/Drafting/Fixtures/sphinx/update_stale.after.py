"""An entry for a parameter that is gone is marked, not deleted."""


def fetch(url, timeout=10, attempts=3):
    """Download a page.

    :param url: The address.
    :type url: str
    :param retries: TODO: retries is not in the signature; rename or remove this entry. How often to try.
    :type retries: int
    :type timeout: int
    :param timeout: Seconds to wait.
    :param attempts: TODO: describe attempts.
    :type attempts: int, optional
    """
