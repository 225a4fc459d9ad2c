x = 1
"""Not a docstring: the first statement is an assignment."""
