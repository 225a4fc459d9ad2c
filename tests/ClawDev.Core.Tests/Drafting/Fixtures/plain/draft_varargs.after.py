"""With document-var-args, *args and **kwargs are documented too."""


def call(function, *args: Any, retries: int = 0, **kwargs: Any):
    """TODO: Summarise what call does.

    function -- TODO: describe function.
    *args -- TODO: describe args.
    retries -- TODO: describe retries. (default 0)
    **kwargs -- TODO: describe kwargs.
    """
    return function(*args, **kwargs)
