"""With document-var-args, *args and **kwargs are documented too."""


def call$0(function, *args: Any, retries: int = 0, **kwargs: Any):
    return function(*args, **kwargs)
