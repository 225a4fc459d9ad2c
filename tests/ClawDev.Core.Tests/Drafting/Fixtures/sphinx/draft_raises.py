"""Raised exceptions, in order, without call arguments."""


def parse$0(text: str) -> dict:
    if not text:
        raise ValueError("empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise errors.ParseError(text) from error
