"""Properties the class docstring lists among its attributes (the contribution profile)."""


class Accelerator:
    """Creates an instance of an accelerator.

    **Available attributes:**

        - **device** (`torch.device`) -- The device to use.
        - **num_processes** (`int`) -- The total number of processes used for training.
    """

    @property
    def device(self):
        return "cpu"

    @property
    def num_processes(self):
        return 1

    @property
    def process_index(self):
        return 0

    def prepare(self, model):
        return model


class Config:
    """A configuration.

    Attributes:
        name: The name of the configuration.
    """

    @property
    def name(self):
        return "config"

    @property
    def version(self):
        return 1

    def name_of(self):
        return "config"


import typing as t


class Parser:
    """Typing stubs under an aliased module (werkzeug's "@t.overload") are never asked for a docstring."""

    @t.overload
    def parse(self, value: str) -> str: ...

    @t.overload
    def parse(self, value: bytes) -> bytes: ...

    def parse(self, value):
        return value


from typing import TYPE_CHECKING


class Channel:
    """Methods under "if TYPE_CHECKING:" exist for type checkers only (trio); the runtime ones are asked for."""

    if TYPE_CHECKING:

        def send_nowait(self, value): ...

    def receive(self):
        return None

    if not TYPE_CHECKING:

        def close(self):
            return None


if t.TYPE_CHECKING:

    class open_channel:
        """Typing-only class: its methods are never asked for a docstring."""

        def statistics(self):
            return None
