"""An item for a parameter that is gone is marked, not deleted (no rule reads PEP 257 lists)."""


def fetch$0(url, timeout=10, attempts=3):
    """Download a page.

    url -- the address
    retries -- how often to try
    timeout -- seconds to wait
    """
