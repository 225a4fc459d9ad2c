"""Keyword-only parameters; no return value, so no Returns section."""


def connect$0(host, *, port: int = 80, secure: bool = False, timeout=None):
    open_socket(host, port, secure, timeout)
