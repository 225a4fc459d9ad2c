"""An entry for a parameter that is gone is marked, not deleted."""


def fetch$0(url, timeout=10, attempts=3):
    """Download a page.

    Args:
        url: The address.
        retries: How often to try.
        timeout: Seconds to wait.
    """
