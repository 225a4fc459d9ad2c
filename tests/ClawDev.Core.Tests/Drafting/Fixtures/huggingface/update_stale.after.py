"""An entry for a parameter that is gone is marked, not deleted."""


def fetch(url, timeout=10, attempts=3):
    """
    Download a page.

    Args:
        url (`str`):
            The address.
        retries (`int`):
            TODO: retries is not in the signature; rename or remove this entry. How often to try.
        timeout (`int`, *optional*, defaults to 10):
            Seconds to wait.
        attempts (`int`, *optional*, defaults to 3):
            TODO: describe attempts.
    """
