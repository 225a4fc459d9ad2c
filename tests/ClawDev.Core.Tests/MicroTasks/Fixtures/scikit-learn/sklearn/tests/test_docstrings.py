import re
from inspect import signature

import pytest

# List of modules ignored when checking for numpydoc validation.
DOCSTRING_IGNORE_LIST = [
    "HashingVectorizer",
]

FUNCTION_DOCSTRING_IGNORE_LIST = [
    "sklearn.utils.extmath.fast_logdet",
    "sklearn.utils.extmath.randomized_svd",  # Parameters section incomplete
    "sklearn.feature_extraction.text.strip_accents_ascii",
]
FUNCTION_DOCSTRING_IGNORE_LIST = set(FUNCTION_DOCSTRING_IGNORE_LIST)


def get_all_methods():
    pass
