"""The command line's one error type, at the bottom of :mod:`resolve.cli`
(the option table raises it too)."""

from __future__ import annotations

__all__ = ["CliError"]


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 2."""
