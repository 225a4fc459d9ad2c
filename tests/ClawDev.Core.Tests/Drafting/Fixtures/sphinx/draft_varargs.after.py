"""With document-var-args, *args and **kwargs are documented too."""


def call(function, *args: Any, retries: int = 0, **kwargs: Any):
    """TODO: Summarise what call does.

    :param function: TODO: describe function.
    :param args: TODO: describe args.
    :type args: Any
    :param retries: TODO: describe retries. Defaults to 0.
    :type retries: int, optional
    :param kwargs: TODO: describe kwargs.
    :type kwargs: Any
    :returns: TODO: describe the return value.
    """
    return function(*args, **kwargs)
