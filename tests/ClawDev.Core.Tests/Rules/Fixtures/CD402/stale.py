"""Entries for names the signature does not have."""


def renamed(url, timeout=10):
    """Download a page.

    Args:
        url: The address.
        retries: How often to try.
        timeout: Seconds to wait.
    """


def accepts_kwargs(url, **kwargs):
    """Download a page.

    Args:
        url: The address.
        retries: Passed on through kwargs.
    """


def starred_entries(*args, **options):
    """Starred entries match starred parameters.

    Args:
        *args: Values.
        **options: Settings.
    """


def numpy_style(a, b):
    """Add numbers.

    Parameters
    ----------
    a, c : int
        Numbers.
    b : int
        Another.
    """


def sphinx_style(path):
    """Open a file.

    :param path: Where it is.
    :param mode: How to open it.
    :type mode: str
    """


def keyword_section(a, *, b):
    """Keyword sections count too.

    Args:
        a: The first.

    Keyword Args:
        b: The second.
        c: Gone.
    """


def attributes_are_not_parameters(a):
    """Attributes are not checked.

    Args:
        a: The first.

    Attributes:
        cache: Something else.
    """


class Client:
    """A client.

    Args:
        host: The server.
        port: The port.
    """

    def __init__(self, host):
        self.host = host


class Record:
    """A record without __init__: nothing to compare with.

    Args:
        name: The name.
    """


def _private(a):
    """Private functions are checked too.

    Args:
        b: Gone.
    """


def no_section(a):
    """Plain docstrings have no entries; b is just a word."""


def hugging_face(input_ids, attention_mask=None):
    """Hugging Face entries.

    Args:
        input_ids (`torch.LongTensor` of shape `(batch_size, sequence_length)`):
            Indices of input sequence tokens.
        attention_mask (`torch.Tensor`, *optional*):
            Mask to avoid attention on padding.
        head_mask (`torch.Tensor`, *optional*, defaults to `None`):
            Removed in a later version.
    """
