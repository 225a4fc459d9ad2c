"""Parameter sections as the contribution profile reads them."""


def google_with_returns(host, port, timeout):
    """Open a connection (pydocstyle reads this docstring as NumPy and never checks its Args).

    Args:
        host: Server name.
        port: TCP port.

    Returns:
        The connection.
    """


def mentioned_in_prose(model, tokenizer):
    """Train the model; the tokenizer is only mentioned here.

    Args:
        model: The model to train.
    """


def hugging_face_entries(model, args=None, *, callbacks=None):
    """Run the trainer.

    Args:
        model ([`PreTrainedModel`]):
            The model to train.
        args ([`TrainingArguments`], *optional*):
            The arguments.
    """


def grouped_entries(pixel_mean, pixel_std, vae):
    """Normalise images.

    Args:
        pixel_mean (`float`), pixel_std (`float`):
            Statistics of the dataset.
    """


def numpy_style(x, y):
    """Add.

    Parameters
    ----------
    x : int
        The first.
    """


def sphinx_style(x, y):
    """Add.

    :param x: The first.
    :returns: The sum.
    """


def no_section(x, y):
    """Add x and y."""


def _private_helper(x, y):
    """Private.

    Args:
        x: The first.
    """


def var_arguments(x, *args, **kwargs):
    """Variadic parameters are not asked for by default.

    Args:
        x: The first.
    """


class Documented:
    """A class documenting its constructor.

    Args:
        name (`str`): The name.
    """

    def __init__(self, name, size):
        self.name = name


class BothDocstrings:
    """A class with its own parameter section.

    Args:
        name: The name.
    """

    def __init__(self, name, size, color):
        """Make one.

        Args:
            size: The size.
        """


INPUTS_DOCSTRING = r"""
    Args:
        input_ids (`torch.LongTensor`):
            Indices of input sequence tokens.
        attention_mask (`torch.Tensor`, *optional*):
            Mask.
"""


class Model:
    """A model."""

    @add_start_docstrings_to_model_forward(INPUTS_DOCSTRING.format("batch_size"))
    def forward(self, input_ids, attention_mask=None, labels=None):
        """The forward pass.

        Args:
            labels (`torch.LongTensor`, *optional*): Labels.

        Returns:
            The output.
        """

    @add_start_docstrings_to_model_forward(IMPORTED_DOCSTRING)
    def generate(self, input_ids, max_length=None):
        """Generate.

        Args:
            input_ids: Indices.
        """


@dataclass
class Settings:
    """A dataclass: its generated __init__ takes the fields.

    Args:
        name (`str`): The name.
    """

    name: str = "x"
    size: int = 3
    registry: ClassVar[dict] = {}
    cache: dict = field(default_factory=dict, init=False)

    def describe(self):
        local: int = 1
        return local


def sphinx_fields_without_param(path):
    """Return a Distribution for the indicated metadata path.

    :return: a concrete Distribution instance for the path
    """


def sphinx_prose_only(path):
    """Return a Distribution for the indicated metadata path (no fields: nothing says how parameters are documented)."""


def emptied_args_before_a_directive(val):
    """A validator comparing with *val* (an "Args:" header whose entries were all deleted).

    Args:

    .. versionadded:: 21.3.0
    """


def numpy_keyword_args(substrate, asn1Spec=None, size=-1):
    """Decode the substrate (pyasn1: Napoleon reads these underlined headers as parameter sections too).

    Parameters
    ----------
    substrate: :py:class:`bytes`
        The serialization.

    Keyword Args
    ------------
    asn1Spec: :py:class:`~pyasn1.type.base.PyAsn1Item`
        A type object guiding the decoder.

    Keyword parameters
    ------------------
    size: :py:class:`int`
        How many bytes to read.
    """


def set_item(key, value):
    """Like :meth:`add` but removes an existing key first (werkzeug: the section lists the parameters after all).

    :param key: the key for the value.
    """
