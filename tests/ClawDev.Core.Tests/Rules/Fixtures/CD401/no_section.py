"""Docstrings without an argument section must still mention every parameter."""


def mentions_all(image, width):
    """Resize `image` to the given width.

    The height follows from width.
    """


def misses_one(image, width, keep_aspect=True):
    """Resize an image.

    The height follows from the width.
    """


def summary_only(image, width):
    """Resize an image: a one-paragraph summary is exempt."""


def wrapped_summary_only(image, width):
    """Resize an image, with a summary paragraph
    that wraps onto a second line.
    """


def word_boundaries(size, max_size):
    """The word max_size is not a mention of the other one.

    Only whole words count.
    """


def backticks_and_stars(values, *args, **kwargs):
    """Sum ``values``.

    Extra arguments are ignored.
    """


def private_parameter(data, _cache=None):
    """Process data.

    Caching is internal.
    """


def _private_function(a, b):
    """Private functions are exempt.

    Nothing mentioned.
    """


def undocumented(a, b):
    pass


def no_parameters():
    """Nothing to mention.

    Really.
    """


class Widget:
    """A widget.

    Widgets live in windows.
    """

    def __init__(self, parent, title):
        self.parent = parent

    def move(self, x, y):
        """Move the widget.

        Moves it to x.
        """

    @staticmethod
    def create(kind):
        """Create a widget.

        Of some sort.
        """

    @property
    def size(self):
        """The size.

        Computed.
        """


class Dialog:
    """A dialog with a title.

    Shown modally.
    """

    def __init__(self, title, modal):
        """Create the dialog; modal blocks the parent."""


class Panel:
    """A panel.

    Panels group widgets.
    """

    def __init__(self, children, layout):
        """Create a panel.

        The children are laid out.
        """


class _Hidden:
    """Private classes are exempt.

    Nothing mentioned.
    """

    def __init__(self, a):
        pass
