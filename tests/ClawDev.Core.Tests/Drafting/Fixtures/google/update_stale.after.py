"""An entry for a parameter that is gone is marked, not deleted."""


def fetch(url, timeout=10, attempts=3):
    """Download a page.

    Args:
        url: The address.
        retries: TODO: retries is not in the signature; rename or remove this entry. How often to try.
        timeout: Seconds to wait.
        attempts: TODO: describe attempts.
    """
