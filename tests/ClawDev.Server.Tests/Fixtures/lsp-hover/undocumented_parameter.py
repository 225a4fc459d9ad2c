"""Connections."""


def connect(host, port, timeout$0):
    """Open a connection.

    Args:
        host: Server name.
        port: TCP port.
    """
