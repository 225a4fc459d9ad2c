"""An entry for a parameter that is gone is marked, not deleted."""


def fetch$0(url, timeout=10, attempts=3):
    """
    Download a page.

    Args:
        url (`str`):
            The address.
        retries (`int`):
            How often to try.
        timeout (`int`, *optional*, defaults to 10):
            Seconds to wait.
    """
