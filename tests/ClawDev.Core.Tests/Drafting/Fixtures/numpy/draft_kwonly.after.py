"""Keyword-only parameters; no return value, so no Returns section."""


def connect(host, *, port: int = 80, secure: bool = False, timeout=None):
    """TODO: Summarise what connect does.

    Parameters
    ----------
    host
        TODO: describe host.
    port : int, default=80
        TODO: describe port.
    secure : bool, default=False
        TODO: describe secure.
    timeout : optional
        TODO: describe timeout.
    """
    open_socket(host, port, secure, timeout)
