"""Keyword-only parameters; no return value, so no Returns section."""


def connect(host, *, port: int = 80, secure: bool = False, timeout=None):
    """TODO: Summarise what connect does.

    Args:
        host:
            TODO: describe host.
        port (`int`, *optional*, defaults to 80):
            TODO: describe port.
        secure (`bool`, *optional*, defaults to `False`):
            TODO: describe secure.
        timeout (*optional*):
            TODO: describe timeout.
    """
    open_socket(host, port, secure, timeout)
