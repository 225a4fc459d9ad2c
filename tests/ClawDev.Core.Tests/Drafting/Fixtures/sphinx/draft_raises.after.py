"""Raised exceptions, in order, without call arguments."""


def parse(text: str) -> dict:
    """TODO: Summarise what parse does.

    :param text: TODO: describe text.
    :type text: str
    :returns: TODO: describe the return value.
    :rtype: dict
    :raises ValueError: TODO: describe when ValueError is raised.
    :raises errors.ParseError: TODO: describe when errors.ParseError is raised.
    """
    if not text:
        raise ValueError("empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise errors.ParseError(text) from error
