"""Docstrings that send the reader elsewhere for their parameters (docker, werkzeug, flask)."""


def create(image, command=None, **kwargs):
    """Create a container without starting it.

    Takes the same arguments as :py:meth:`run`, except for ``stream``.
    """


def middleware(func):
    """Like :meth:`make_middleware` but used as a decorator on the WSGI application function.

    The local objects are cleaned up after the response.
    """


def add_template_global(f, name=None):
    """Register a custom template global function. Works exactly like the :meth:`template_global` decorator.

    The function is available in every template.
    """


def like_in_passing(source, strict):
    """Parse the source.

    It behaves like the parser of :mod:`json` otherwise.
    """
