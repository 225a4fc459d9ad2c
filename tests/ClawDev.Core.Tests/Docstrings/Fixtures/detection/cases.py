# expect-style: Google
def google_with_one_sphinx_field(x, y):
    """Google sections outweigh a stray field.

    Args:
        x: The first.

    :param y: The second.
    """


# expect-style: NumPy
def numpy_and_google_tie(x):
    """One NumPy section and one Google section weigh the same; NumPy wins ties.

    Parameters
    ----------
    x : int
        The value.

    Returns:
        int: The value.
    """


# expect-style: Google
def only_an_example():
    """Only a prose header: Google, but not structured.

    Example:
        >>> only_an_example()
    """


# expect-style: Sphinx
def sphinx_with_note(x):
    """Sphinx fields with a Google note.

    Note:
        Slow.

    :param x: The value.
    :returns: Nothing.
    """


# expect-style: HuggingFace
def one_backticked_type(x, y):
    """A single backticked type makes Google into Hugging Face.

    Args:
        x (int): The first.
        y (`int`): The second.
    """


# expect-style: HuggingFace
def optional_in_asterisks(x):
    """Only "*optional*" marks it.

    Args:
        x (int, *optional*): The value.
    """


# expect-style: Google
def plain_google_optional(x):
    """Plain "optional" is Google.

    Args:
        x (int, optional): The value.
    """


# expect-style: NumPy
def numpy_returns_only():
    """Only a Returns section.

    Returns
    -------
    int
        The answer.
    """


# expect-style: Plain
def role_at_line_start():
    """A role is not a field.

    :math:`x^2` is the square, and
    :class:`dict` is a mapping.
    """


# expect-style: Google
def parameters_with_colon(x):
    """Parameters with a colon is a Google header, not NumPy.

    Parameters:
        x (int): The value.
    """


# expect-style: Plain
def unknown_underlined_title():
    """An underlined title that is not a NumPy section.

    Usage
    -----
    Call it.
    """


# expect-style: Plain
def args_not_indented(x):
    """A header whose next line is not indented is no header.

    Args:
    x is the value, and this is just prose.
    """


# expect-style: Plain
def bare_entries_without_header(labels):
    r"""
    labels (`torch.LongTensor` of shape `(batch_size,)`, *optional*):
        Entries with no Args header, as transformers' auto-generated docstrings write them.
    """


# expect-style: Sphinx
def sphinx_rtype_only():
    """Only a return type.

    :rtype: int
    """


# expect-style: NumPy
def numpy_beats_two_google_prose_headers(x):
    """NumPy structure against two weak Google headers.

    Note:
        Slow.

    Example:
        >>> f(1)

    Parameters
    ----------
    x : int
    """
