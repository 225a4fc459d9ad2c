"""Keyword-only parameters; no return value, so no Returns section."""


def connect(host, *, port: int = 80, secure: bool = False, timeout=None):
    """TODO: Summarise what connect does.

    Args:
        host: TODO: describe host.
        port (int, optional): TODO: describe port. Defaults to 80.
        secure (bool, optional): TODO: describe secure. Defaults to False.
        timeout (optional): TODO: describe timeout. Defaults to None.
    """
    open_socket(host, port, secure, timeout)
