"""Raised exceptions, in order, without call arguments."""


def parse(text: str) -> dict:
    """TODO: Summarise what parse does.

    text -- TODO: describe text.
    """
    if not text:
        raise ValueError("empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise errors.ParseError(text) from error
