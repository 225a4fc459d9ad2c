"""CD404 and the property decorators a repository configures (pydocstyle and ruff's property-decorators)."""
from project import utils


class Table:
    """A table."""

    @utils.lazy
    def rows(self):
        """The rows, computed once.

        Args:
            self: The table.
        """
        return list(self.read())

    @rows.setter
    def rows(self, value):
        """Replace the rows.

        Args:
            value: The new rows.
        """
        self._rows = value
