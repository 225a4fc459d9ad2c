"""Nothing to say about a body."""


def fetch(url):
    """Fetch."""
    return u$0rl
