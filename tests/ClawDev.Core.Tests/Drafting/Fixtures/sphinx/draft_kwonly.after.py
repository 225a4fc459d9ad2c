"""Keyword-only parameters; no return value, so no Returns section."""


def connect(host, *, port: int = 80, secure: bool = False, timeout=None):
    """TODO: Summarise what connect does.

    :param host: TODO: describe host.
    :param port: TODO: describe port. Defaults to 80.
    :type port: int, optional
    :param secure: TODO: describe secure. Defaults to False.
    :type secure: bool, optional
    :param timeout: TODO: describe timeout. Defaults to None.
    """
    open_socket(host, port, secure, timeout)
