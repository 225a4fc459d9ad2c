"""Connections."""


def connect(host, po$0rt, timeout):
    """Open a connection.

    Args:
        host: Server name.
        port: TCP port, between 1 and 65535
            (privileged below 1024).
    """
