"""Entries in another order than the signature."""


def in_order(source, target, overwrite=False):
    """Copy.

    Args:
        source: What.
        target: Where.
        overwrite: Replace.
    """


def swapped(source, target, overwrite=False):
    """Copy.

    Args:
        target: Where.
        source: What.
        overwrite: Replace.
    """


def gaps_are_fine(a, b, c, d):
    """Missing entries do not matter, only the order of those present.

    Args:
        a: First.
        d: Fourth.
    """


def unknown_entries_ignored(a, b):
    """Unknown names are CD402's.

    Args:
        a: First.
        zzz: Unknown.
        b: Second.
    """


def per_section(a, b, *, c, d):
    """Each section is ordered on its own.

    Args:
        b: Second.
        a: First.

    Keyword Args:
        c: Third.
        d: Fourth.
    """


def numpy_grouped(x, y, z):
    """Grouped names keep their order.

    Parameters
    ----------
    y, x : float
        Coordinates.
    z : float
        Height.
    """


def sphinx(a, b):
    """Sphinx fields.

    :param b: Second.
    :param a: First.
    """


class Box:
    """A box.

    Args:
        height: The height.
        width: The width.
    """

    def __init__(self, width, height):
        pass


def hugging_face(input_ids, attention_mask=None, labels=None):
    """Hugging Face entries.

    Args:
        attention_mask (`torch.Tensor`, *optional*):
            Mask to avoid attention on padding.
        input_ids (`torch.LongTensor` of shape `(batch_size, sequence_length)`):
            Indices of input sequence tokens.
        labels (`torch.LongTensor`, *optional*, defaults to `None`):
            Labels.
    """
