"""Entries for declared attributes and misplaced section headers are kept as they are; only the stale one is marked."""

from dataclasses import dataclass, field


@dataclass
class Endpoint:
    """
    A deployed endpoint.

    Args:
        name (`str`):
            The name.
        timeout (`int`, *optional*):
            TODO: describe timeout.
        url (`str`, *optional*):
            Filled in after creation.
        retries (`int`):
            TODO: retries is not in the signature; rename or remove this entry. How often to try.

        Returns:
            Nothing, it is a class.
    """

    name: str
    timeout: int = 10
    url: str | None = field(init=False)
