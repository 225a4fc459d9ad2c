"""Raised exceptions, in order, without call arguments."""


def parse(text: str) -> dict:
    """TODO: Summarise what parse does.

    Args:
        text (`str`):
            TODO: describe text.

    Returns:
        `dict`: TODO: describe the return value.

    Raises:
        ValueError:
            TODO: describe when ValueError is raised.
        errors.ParseError:
            TODO: describe when errors.ParseError is raised.
    """
    if not text:
        raise ValueError("empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise errors.ParseError(text) from error
