"""Downloads."""


def fet$0ch(url, timeout=10):
    return url, timeout
