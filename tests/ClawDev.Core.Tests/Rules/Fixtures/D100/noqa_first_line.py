# noqa: D100
import os
