from dataclasses import dataclass, field


@dataclass
class Endpoint:
    """A dataclass documents its fields, those its __init__ does not take too.

    Args:
        name (`str`):
            The name.
        url (`str`, *optional*):
            Filled in after creation.
        token (`str`, *optional*):
            The public name of the private `_token` field.
        timeout (`int`):
            Renamed: reported.
    """

    name: str
    url: str | None = field(init=False)
    _token: str | None = field(repr=False)


class Runtime:
    """An explicit __init__ fills in the attributes the class declares.

    Args:
        stage (`str`):
            The stage.
        hardware (`str`):
            The hardware.
    """

    stage: str
    hardware: str

    def __init__(self, data):
        self.stage = data["stage"]
        self.hardware = data["hardware"]


def create(name, revision=None):
    """Section headers indented one level too deep are not entries to rename or remove.

    Args:
        name (`str`):
            The name.
        revision (`str`, *optional*):
            The revision.

        Returns:
            `str`: the URL.

        Example:
            The example.
    """


def lowercase_header_word(name):
    """A lower-case name is a parameter's, even one spelled like a header.

    Args:
        name: The name.
        returns: Gone.
    """


class Graph:
    """A property's entries describe the callable it returns."""

    @property
    def degree(self):
        """A view of the degrees, called as ``G.degree(nbunch, weight)``.

        Parameters
        ----------
        nbunch : iterable container, optional
            The nodes.
        weight : str, optional
            The edge attribute.
        """
        return DegreeView(self)

    def neighbors(self):
        """A method's entries are its parameters'.

        Parameters
        ----------
        n : node
            Gone.
        """
        return iter(self)
