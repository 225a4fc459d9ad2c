"""Connections."""


def $0connect(host, port, timeout):
    """Open a connection.

    Args:
        host: Server name.
        port: TCP port.
    """
