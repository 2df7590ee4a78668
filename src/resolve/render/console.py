"""Rich consoles that follow ``--color`` and the colour environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

from rich.console import Console

from resolve.render.color import ColorMode, want_color

__all__ = ["ColorMode", "SafeConsole", "make_console", "want_color"]


class SafeConsole(Console):
    """A Console that lets a closed pipe surface as :class:`BrokenPipeError`.

    Rich's default reaction is ``SystemExit(1)``; the CLI wants to decide the
    exit status itself (and stay quiet).
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError()


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
