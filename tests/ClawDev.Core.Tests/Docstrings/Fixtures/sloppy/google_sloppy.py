def no_blank_line_before_args(x, y):
    """Adds two numbers.
    Args:
        x: The first number.
        y: The second number, described over
        two lines at the same indentation.
    Returns:
        The sum.
    """


def half_written(a, b):
    """Half-written docstring.

    Args:
    """


def empty_then_returns(a):
    """Sections with nothing in them.

    Args:
    Returns:
        int: Something.
    """


def emptied_before_a_directive(val):
    """An argument section whose only entry was deleted.

    Args:

    .. versionadded:: 21.3.0
    """


def odd_entries(first, second, third, *rest):
    """Entries that do not quite follow the format.

    Args:
        first(int):No space after the name.
        second (str) : Space before the colon.
        third (Dict[str, List[int]], optional): Nested brackets in the type.
        http://example.com is not an entry: it has no name.
        *rest (Any): Stars on the name.
            Deeper continuation.
    More prose after the section, flush with the header.

    Returns:
        A sentence that has a colon: which is not a type.
    """


def unbalanced(value):
    """An entry whose type never closes.

    Args:
        value (`torch.Tensor` of shape `(batch,`:
            The tensor.
        other (int): The next one.
    """


def raises_forms():
    """Different ways to list exceptions.

    Raises:
        ValueError
        TypeError, KeyError: When the key is bad.
        :exc:`OSError`: When the disk is full.
        If anything else happens, it propagates.
    """


def colon_lost(joinables, even_batches=None):
    """Join uneven inputs (accelerate's join_uneven_inputs).

    Args:
        joinables (`list[Joinable]`):
            The models or optimizers.
        even_batches (`bool`, *optional*)
            If set, overrides the value set in the `Accelerator`.
        note (see below)
    """
