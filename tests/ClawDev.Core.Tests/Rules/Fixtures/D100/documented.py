"""Documented module."""

import os
