"""A tab-indented file gets tab-indented docstrings."""


class Shape:
	"""A shape."""

	def area(self, unit: str = "cm") -> float:
		"""TODO: Summarise what area does.

		unit -- TODO: describe unit. (default "cm")
		"""
		return 0.0
