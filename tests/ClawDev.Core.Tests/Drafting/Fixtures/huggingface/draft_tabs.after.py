"""A tab-indented file gets tab-indented docstrings."""


class Shape:
	"""A shape."""

	def area(self, unit: str = "cm") -> float:
		"""TODO: Summarise what area does.

		Args:
			unit (`str`, *optional*, defaults to `"cm"`):
				TODO: describe unit.

		Returns:
			`float`: TODO: describe the return value.
		"""
		return 0.0
