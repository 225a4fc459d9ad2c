"""An item for a parameter that is gone is marked, not deleted (no rule reads PEP 257 lists)."""


def fetch(url, timeout=10, attempts=3):
    """Download a page.

    url -- the address
    retries -- TODO: retries is not in the signature; rename or remove this entry. how often to try
    timeout -- seconds to wait
    attempts -- TODO: describe attempts. (default 3)
    """
