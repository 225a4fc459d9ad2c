"""A sample package for ClawDev's command-line tests."""
