"""A field's docstring (the string after it in the class body) describes the parameter of that name elsewhere."""

from dataclasses import dataclass


@dataclass
class GenerationParameters:
    """Parameters of a generation request."""

    top_logprobs: int = 0
    """How many of the most likely tokens to return at each position."""

    temperature: float = 1.0
    """Sampling temperature:
    higher values give more random text.
    """

    def scaled(self, factor: float) -> float:
        value = self.temperature * factor
        """Not a field: inside a method."""
        return value


def generate(prompt: str, top_logprobs: int = 0, temperature: float = 1.0, value: float = 0.0):
    """TODO: Summarise what generate does.

    Args:
        prompt (str): TODO: describe prompt.
        top_logprobs (int, optional): How many of the most likely tokens to return at
            each position. Defaults to 0.
        temperature (float, optional): Sampling temperature:
            higher values give more random text. Defaults to 1.0.
        value (float, optional): TODO: describe value. Defaults to 0.0.

    Returns:
        TODO: describe the return value.
    """
    return prompt
