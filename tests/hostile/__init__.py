"""Hostile inputs: each bad input is one line, the right exit code, the rest lands."""
