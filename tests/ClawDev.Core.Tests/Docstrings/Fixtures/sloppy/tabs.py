def tabbed(alpha, beta):
	"""Tab-indented Google docstring.

	Args:
		alpha (int): First.
			More about alpha.
		beta: Second.

	Returns:
		int: The result.
	"""


def tabbed_numpy(gamma):
	"""Tab-indented NumPy docstring.

	Parameters
	----------
	gamma : float
		The value.
	  	Mixed spaces and tabs.
	"""


def mixed_indentation(delta):
    """Spaces on the header, a tab on the entry.

    Args:
	delta (str): Eight columns deep after a tab.
    """
