"""Latin-1 bytes: café."""


def menu():
    return "crème"
