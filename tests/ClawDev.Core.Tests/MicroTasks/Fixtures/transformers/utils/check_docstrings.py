# coding=utf-8
# Copyright 2023 The HuggingFace Inc. team.
"""
Utility that checks all docstrings of public objects have an argument section matching their signature.
"""

import argparse
import ast
import re

PATH_TO_REPO = "."

# This is a temporary list of objects to ignore while we progressively fix them. Do not add anything here, fix the
# docstrings instead. If formatting should be ignored for the docstring, you can put a comment # no-format on the
# line before the docstring.
OBJECTS_TO_IGNORE = [
    # Deprecated
    "InputExample",
    "InputFeatures",
    # Signature is *args/**kwargs
    "TFSequenceSummary",
    "TFBertTokenizer",
    # Missing arguments in the docstring
    "ASTFeatureExtractor",
    "AlbertModel",  # still missing `head_mask`
    "AlbertTokenizerFast",
    'BertModel', "BertForMaskedLM",
    "Bert" \
    "Tokenizer",
    "Trainer"
    ".train",
    "utils.generic.ModelOutput",
    f"{PATH_TO_REPO}",
    PATH_TO_REPO,
]


def find_source_file(obj):
    """Find the source file of an object."""
    OBJECTS_TO_IGNORE = ["NotAtModuleLevel"]
    return OBJECTS_TO_IGNORE
