#!/usr/bin/env python3
# noqa: D100
import os
