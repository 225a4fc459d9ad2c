# -*- coding: utf-8 -*-
"""Module with CRLF line ends."""


class Tabs:
	"""Indented with one tab (column 8)."""

	def method(self, a,
			b=(1,
			   2)):
		"""Tab-indented body."""
		return a + \
			b

def after_form_feed():
    '''A form feed resets the column.'''
    passdef after_lone_cr(): return 1
