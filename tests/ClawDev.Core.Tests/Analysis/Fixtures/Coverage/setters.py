"""ignore-setters: only @x.setter."""
import functools


class Thing:
    """Documented."""

    @property
    def value(self):
        pass

    @value.setter
    def value(self, new):
        pass

    @value.deleter
    def value(self):
        pass

    @functools.cached_property
    def cached(self):
        pass

    @value.getter
    def getter(self):
        pass
