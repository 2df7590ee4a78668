"""Rich consoles that follow ``--color`` and the colour environment variables."""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from typing import TextIO

from rich.console import Console

__all__ = ["ColorMode", "SafeConsole", "make_console", "want_color"]


class ColorMode(enum.StrEnum):
    """The ``--color`` choices."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class SafeConsole(Console):
    """A Console that lets a closed pipe surface as :class:`BrokenPipeError`.

    Rich's default reaction is ``SystemExit(1)``; the CLI wants to decide the
    exit status itself (and stay quiet).
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError()


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


def make_console(
    stream: TextIO,
    color: ColorMode | str = ColorMode.AUTO,
    *,
    width: int | None = None,
    environ: Mapping[str, str] | None = None,
) -> Console:
    """A Console on ``stream``: no markup, emoji or highlighting of its own.

    Without colour the console writes plain text, with no escape sequences at
    all (Rich renders no styles when ``color_system`` is ``None``).
    """
    colored = want_color(color, stream, environ)
    env = os.environ if environ is None else environ
    if width is None and not colored:
        columns = env.get("COLUMNS", "")
        width = int(columns) if columns.isdigit() and int(columns) > 0 else None
    return SafeConsole(
        file=stream,
        force_terminal=colored,
        color_system="auto" if colored else None,
        no_color=False,
        markup=False,
        emoji=False,
        highlight=False,
        width=width,
        soft_wrap=False,
        force_jupyter=False,
        force_interactive=False if not colored else None,
        legacy_windows=False,
    )
