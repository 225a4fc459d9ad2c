"""A tab-indented file gets tab-indented docstrings."""


class Shape:
	"""A shape."""

	def area(self, unit: str = "cm") -> float:
		"""TODO: Summarise what area does.

		:param unit: TODO: describe unit. Defaults to "cm".
		:type unit: str, optional
		:returns: TODO: describe the return value.
		:rtype: float
		"""
		return 0.0
