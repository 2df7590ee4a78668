"""What every command shares: exit codes, the one-line error, output helpers,
reading an argument. Below every command module and the entry points
(:mod:`resolve.cli`), so the package imports one way; no typer here."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from rich.console import Console

    from resolve.io import Decoded

from resolve.cli.errors import CliError as CliError  # re-exported for the commands

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class _Aborted(Exception):
    """End of input where a command needed more (typer's ``Abort``, without typer)."""


class _PipeClosed(Exception):
    """Standard output was closed by the reader (not an OSError, so typer lets it through)."""


# ---------------------------------------------------------------------------
# Choices: commands use the domain's enums (resolve.render.color.ColorMode,
# resolve.reporters.OutputFormat, resolve.formats.Format) or the option table
# (resolve.cli.options).


# ---------------------------------------------------------------------------
# Output helpers


def _guard(func: F) -> F:
    """Turn a closed stdout into :class:`_PipeClosed` (typer would exit 1 on it)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrokenPipeError as exc:
            raise _PipeClosed() from exc

    return wrapper  # type: ignore[return-value]


def _safe(text: str) -> str:
    from resolve.render.safe import safe_text

    return safe_text(text, single_line=True)


def _warn(message: str) -> None:
    sys.stderr.write(f"resolve: warning: {_safe(message)}\n")


def _note(message: str) -> None:
    sys.stderr.write(f"{_safe(message)}\n")


def _error_line(message: str) -> None:
    sys.stderr.write(f"resolve: error: {_safe(message)}\n")


def _write_data(text: str, stream: Any = None) -> None:
    """Write document-derived data (converted text, diffs) to stdout.

    Exact bytes when redirected; on a terminal, control characters are made
    visible so they cannot act on it.
    """
    out = stream if stream is not None else sys.stdout
    if _isatty(out):
        from resolve.render.safe import safe_text

        text = safe_text(text)
    if text and not text.endswith("\n") and _isatty(out):
        text += "\n"
    out.write(text)
    out.flush()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _console(color: str, stderr: bool = False) -> Console:
    """A Rich console for stdout (or stderr); ``color`` is a ColorMode value."""
    from resolve.cli.options import COLOR
    from resolve.render.console import make_console

    return make_console(sys.stderr if stderr else sys.stdout, COLOR.choice(str(color)))


def _read(arg: str, stdin_name: str | None = None, *, digest: bool = True) -> Decoded:
    """Read a file (``-``: standard input); ``digest=False`` when it will not be written."""
    from resolve.io import read_stdin, read_text

    if arg == "-":
        decoded = read_stdin(stdin_name or "<stdin>")
    else:  # the plain call when the file may be written (wrappers of read_text expect it)
        decoded = read_text(arg) if digest else read_text(arg, digest=False)
    if decoded.warning:
        _warn(decoded.warning)
    return decoded


GC_THRESHOLD = (50_000, 20, 100)
"""Collector thresholds for the command line. A parse allocates many small
acyclic objects; with Python's default (700, 10, 10) the cyclic collector
rescans them over and over: checking the 10 MB book took 12 % longer. The
collector still runs, less often. The library never changes this setting."""


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic collector off while one document is formatted or converted
    (the tree is acyclic; refcounting frees it), then a collection: ~10 % of
    ``fmt`` on 100,000 bullets. Only the command line uses it."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
