"""Keyword-only parameters; no return value, so no Returns section."""


def connect(host, *, port: int = 80, secure: bool = False, timeout=None):
    """TODO: Summarise what connect does.

    host -- TODO: describe host.
    port -- TODO: describe port. (default 80)
    secure -- TODO: describe secure. (default False)
    timeout -- TODO: describe timeout. (default None)
    """
    open_socket(host, port, secure, timeout)
