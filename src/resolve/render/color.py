"""Whether to colour output: ``--color`` and the colour environment variables.

Kept free of Rich so machine formats (concise, json, github…) decide colour
without importing it.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from typing import TextIO

__all__ = ["ColorMode", "want_color"]


class ColorMode(enum.StrEnum):
    """The ``--color`` choices."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def want_color(
    mode: ColorMode | str,
    stream: TextIO,
    environ: Mapping[str, str] | None = None,
) -> bool:
    """Decide whether to emit colour and styles on ``stream``.

    ``always`` and ``never`` win. For ``auto``: a non-empty ``NO_COLOR`` turns
    colour off, then a non-empty ``FORCE_COLOR`` turns it on, ``TERM=dumb``
    turns it off, and otherwise colour is on only if ``stream`` is a terminal.
    """
    env = os.environ if environ is None else environ
    mode = ColorMode(mode)
    if mode is ColorMode.ALWAYS:
        return True
    if mode is ColorMode.NEVER:
        return False
    if env.get("NO_COLOR", ""):
        return False
    if env.get("FORCE_COLOR", ""):
        return True
    if env.get("TERM", "") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # closed stream
        return False
