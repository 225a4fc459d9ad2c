"""Google-style argument sections."""


def complete(a, b):
    """Do something.

    Args:
        a: The first.
        b: The second.
    """


def missing_one(a, b, c):
    """Do something.

    Args:
        a: The first.
        c: The third.
    """


def arguments_header(a, b):
    """Do something.

    Arguments:
        a: The first.
    """


def typed_entries(a, b, c):
    """Do something.

    Args:
        a (int): The first.
        b (Optional[Dict[str, int]]): The second, with (nested) parentheses.
        c(str):The third, without spaces.
    """


def description_on_next_line(a, b):
    """Do something.

    Args:
        a:
            The first, described below its name.
        b:
    """


def signature_kinds(posonly, /, normal, *args, kwonly, **kwargs):
    """Positional-only, *args and **kwargs are not required by pydocstyle.

    Args:
        normal: Required.
    """


def keyword_only_missing(a, *, b):
    """Keyword-only parameters are required.

    Args:
        a: The first.
    """


def private_parameters(a, _b, __c):
    """Underscore names are not required.

    Args:
        a: The first.
    """


def no_section(a, b):
    """Mentions nothing, but has no section: not D417."""


def returns_section_hides_args(a, b):
    """A NumPy section name anywhere makes pydocstyle read the docstring as NumPy.

    Args:
        a: The first.

    Returns:
        Nothing.
    """


def last_line_is_dropped(a, b):
    """pydocstyle drops the docstring's last line from the last section.

    Args:
        a: The first.
        b: The second."""


def two_sections(a, b):
    """Each section is checked on its own.

    Args:
        a: The first.

    Args:
        b: The second.
    """


def continuation_lines(a, b, c):
    """Indented lines continue an entry.

    Args:
        a: The first,
            continued.
            b: Not an entry: indented like a continuation.
        c: The third.
    """


def lower_case_header(a, b):
    """Headers are matched without regard to case.

    args:
        a: The first.
    """


def header_after_sentence(a, b):
    """A header needs a blank or punctuated previous line
    Args:
        a: The first.
    """


def header_after_period(a, b):
    """A header after a full stop is a header.
    Args:
        a: The first.
    """


def keyword_args_section(a, b):
    """Only Args and Arguments are checked.

    Keyword Args:
        a: The first.
    """


def no_parameters():
    """Nothing to describe.

    Args:
        extra: Documented but not in the signature.
    """


def outer(a):
    """Documented.

    Args:
        a: The first.
    """

    def nested(x, y):
        """Nested functions are checked too.

        Args:
            x: The first.
        """


def _private_function(a, b):
    """Private functions are checked too.

    Args:
        a: The first.
    """


class Constructor:
    """Class docstrings are not checked.

    Args:
        a: The first.
    """

    def __init__(self, a, b):
        pass


def no_docstring(a, b):
    pass


def skipped(a, b):  # noqa: D417
    """Suppressed.

    Args:
        a: The first.
    """
