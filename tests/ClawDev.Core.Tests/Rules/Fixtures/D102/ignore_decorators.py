"""ignore-decorators: the pattern is searched in each decorator's dotted name."""
import abc
import functools


class Host:
    """Documented."""

    @abc.abstractmethod
    def abstract(self):
        pass

    @functools.wraps(print)
    def wrapped(self):
        pass

    @property
    def prop(self):
        pass

    @staticmethod
    def static(self):
        pass
