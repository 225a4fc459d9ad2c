"""A tab-indented file gets tab-indented docstrings."""


class Shape:
	"""A shape."""

	def area$0(self, unit: str = "cm") -> float:
		return 0.0
