"""A method of a nested class is completed like any other (no rule checks nested functions in plain docstrings)."""


class Outer:
    """The outer class."""

    class Inner:
        """The inner class."""

        def merge$0(self, other, strict=False):
            """Merge another value in.

            other -- the value to merge
            """
