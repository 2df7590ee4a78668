"""The ``resolve`` command line: thin typer commands over the library.

This module holds the typer app, the shared helpers and the entry points; each
command lives in its own module (``show_cmd``, ``convert_cmd``, ``check_cmd``,
``fmt_cmd``, ``lsp_cmd``, ``rules_cmd``) and is registered below. Every command
imports the library inside its function, so ``resolve --help`` and
``resolve --version`` load neither Lark nor the rules (nor Rich's renderers).
:func:`main` turns every error into one line on stderr:

=====  ===============================================================
0      success; ``check``: nothing at or above ``--severity``
1      ``check``: findings at or above ``--severity``; ``fmt --check``
       or ``--diff``: a file would change
2      usage, input/output or configuration error (also when only some
       of the files could not be read: their findings are still printed)
130    interrupted (Ctrl-C)
141    standard output closed early (``resolve check | head``); quiet
=====  ===============================================================
"""

from __future__ import annotations

import enum
import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from resolve import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from resolve.io import Decoded

__all__ = ["CliError", "app", "main", "run"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


class _PipeClosed(Exception):
    """Standard output was closed by the reader (not an OSError, so typer lets it through)."""


# ---------------------------------------------------------------------------
# Shared choices (defined here, not imported, to keep start-up light; the
# command-specific ones live with their commands)


class ColorChoice(enum.StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class ProfileChoice(enum.StrEnum):
    auto = "auto"
    ronr = "ronr"
    gpo = "gpo"
    un = "un"
    convention = "convention"
    board = "board"


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


def _console(color: ColorChoice, stderr: bool = False) -> Console:
    from resolve.render.console import make_console

    return make_console(sys.stderr if stderr else sys.stdout, color.value)


def _read(arg: str, stdin_name: str | None = None) -> Decoded:
    from resolve.io import read_stdin, read_text

    decoded = read_stdin(stdin_name or "<stdin>") if arg == "-" else read_text(arg)
    if decoded.warning:
        _warn(decoded.warning)
    return decoded


# ---------------------------------------------------------------------------
# The app

app = typer.Typer(
    name="resolve",
    help=(
        "Parse, check, format and convert resolutions: WHEREAS recitals, an enacting "
        "formula and RESOLVED or operative clauses."
    ),
    epilog="Run 'resolve COMMAND --help' for a command's options and an example.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"resolve {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Parse, check, format and convert resolutions.

    \b
    Examples:
      resolve show examples/ronr-board.txt
      resolve check drafts/ --output-format concise
      resolve fmt --check drafts/
      resolve convert motion.txt --to html -o motion.html
    """


# ---------------------------------------------------------------------------
# Commands: each in its own module, registered here in help order. The modules
# import the library inside their functions, so importing them stays cheap.

from resolve.cli import (  # noqa: E402  (they use the helpers defined above)
    check_cmd,
    convert_cmd,
    fmt_cmd,
    lsp_cmd,
    rules_cmd,
    show_cmd,
)

app.command(name="show")(_guard(show_cmd.show))
app.command(name="convert")(_guard(convert_cmd.convert))
app.command(name="schema")(_guard(convert_cmd.schema))
app.command(name="check")(_guard(check_cmd.check))
app.command(name="fmt")(_guard(fmt_cmd.fmt))
app.command(name="lsp")(lsp_cmd.lsp)
app.command(name="rules")(_guard(rules_cmd.rules))
app.command(name="rule")(_guard(rules_cmd.rule))


# ---------------------------------------------------------------------------
# Entry points


def _quiet_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so the interpreter's final flush is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _command() -> Any:
    """The click command typer builds from :data:`app`, with fast value coercion
    seeded in (see :mod:`resolve.cli._coerce`: no pydantic for plain values)."""
    import typer.main

    from resolve.cli._coerce import seed_command

    command = typer.main.get_command(app)
    seed_command(command)
    return command


def run(argv: Sequence[str] | None = None) -> int:
    """Run the CLI on ``argv`` and return the exit status; never raises (except SystemExit
    from shell completion)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = _command().main(args=args, prog_name="resolve", standalone_mode=False)
    except _PipeClosed:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        sys.stderr.write("resolve: interrupted\n")
        return EXIT_INTERRUPTED
    except typer.Abort:
        sys.stderr.write("resolve: aborted\n")
        return EXIT_INTERRUPTED
    except Exception as exc:
        return _report_exception(exc)
    if result == EXIT_INTERRUPTED:  # typer turns KeyboardInterrupt into Exit(130)
        sys.stderr.write("resolve: interrupted\n")
    return result if isinstance(result, int) else EXIT_OK


def _report_exception(exc: Exception) -> int:
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

    from resolve.io import InputError

    if isinstance(exc, NoArgsIsHelpError):
        message = exc.format_message().rstrip("\n")
        if message:  # typer may already have printed the help itself
            sys.stderr.write(message + "\n")
        return EXIT_ERROR
    if isinstance(exc, UsageError):
        where = exc.ctx.command_path if exc.ctx is not None else "resolve"
        _error_line(f"{exc.format_message()} (see '{where} --help')")
        return EXIT_ERROR
    if isinstance(exc, ClickException):
        _error_line(exc.format_message())
        return EXIT_ERROR
    if isinstance(exc, (CliError, InputError)):
        _error_line(str(exc))
        return EXIT_ERROR
    config = sys.modules.get("resolve.config")
    config_error = getattr(config, "ConfigError", None) if config else None
    if config_error is not None and isinstance(exc, config_error):
        _error_line(f"configuration: {exc}")
        return EXIT_ERROR
    if isinstance(exc, OSError):
        name = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _error_line(f"{name}{exc.strerror or exc}")
        return EXIT_ERROR
    if os.environ.get("RESOLVE_DEBUG"):
        raise exc
    _error_line(
        f"internal error: {type(exc).__name__}: {exc} "
        "(set RESOLVE_DEBUG=1 for a traceback, and please report it)"
    )
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console-script entry point (``resolve``)."""
    sys.exit(run(argv))
