"""Connections."""


def connect(host, port, timeout=30, *, retries=3):
    """Open a connection to a server.

    The connection is kept open until :func:`close` is called; nothing is
    sent before the first request.

    Args:
        host: Server name, as the resolver knows it.

    Returns:
        A connection object.
    """
