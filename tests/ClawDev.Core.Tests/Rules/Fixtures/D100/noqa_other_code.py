# noqa: D101
import os
