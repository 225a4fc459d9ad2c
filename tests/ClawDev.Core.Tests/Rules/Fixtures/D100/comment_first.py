#!/usr/bin/env python3
# A comment is not a docstring.

import os
