"""With document-var-args, *args and **kwargs are documented too."""


def call(function, *args: Any, retries: int = 0, **kwargs: Any):
    """TODO: Summarise what call does.

    Args:
        function:
            TODO: describe function.
        *args (`Any`):
            TODO: describe args.
        retries (`int`, *optional*, defaults to 0):
            TODO: describe retries.
        **kwargs (`Any`):
            TODO: describe kwargs.

    Returns:
        TODO: describe the return value.
    """
    return function(*args, **kwargs)
