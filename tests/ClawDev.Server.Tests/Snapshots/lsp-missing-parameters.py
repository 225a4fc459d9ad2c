"""Connections."""


def connect(host, port, timeout=30, *, retries=3):
    """Open a connection to a server.

    The connection is kept open until :func:`close` is called; nothing is
    sent before the first request.

    Args:
        host: Server name, as the resolver knows it.
        port: TODO: describe port.
        timeout (optional): TODO: describe timeout. Defaults to 30.
        retries (optional): TODO: describe retries. Defaults to 3.

    Returns:
        A connection object.
    """
