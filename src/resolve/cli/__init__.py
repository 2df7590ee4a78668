"""The ``resolve`` command line: thin typer commands over the library.

This module holds the shared helpers and the entry points, and imports no
typer; the typer app is in :mod:`resolve.cli.typer_app` (``resolve.cli.app``
loads it on first use), and each command lives in its own module (``show_cmd``, ``convert_cmd``, ``check_cmd``, ``fmt_cmd``, ``lsp_cmd``,
``rules_cmd``). Every command imports the library inside its function, so
``resolve --help`` and ``resolve --version`` load neither Lark nor the rules
(nor Rich's renderers). A plain ``resolve check`` command line skips typer
altogether (:mod:`resolve.cli.fast`): importing typer and building the app is
about a third of a cold check. Both read the one declaration of check's
options, :data:`resolve.cli.options.CHECK_OPTIONS`.
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

import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from resolve.cli.common import (
    EXIT_BROKEN_PIPE,
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    GC_THRESHOLD,
    CliError,
    _Aborted,
    _error_line,
    _PipeClosed,
    gc_paused,
)

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "CliError", "app", "gc_paused", "main", "run"]

_COMPLETE_VAR = "_RESOLVE_COMPLETE"
"""Set by a shell asking typer for completions: typer must see the command line."""

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


def __getattr__(name: str) -> Any:
    if name == "app":  # the typer app, built on first use
        from resolve.cli.typer_app import app

        return app
    raise AttributeError(f"module 'resolve.cli' has no attribute {name!r}")


def _command() -> Any:
    """The click command typer builds from the app, with fast value coercion
    seeded in (see :mod:`resolve.cli._coerce`: no pydantic for plain values)."""
    import typer.main

    from resolve.cli._coerce import seed_command
    from resolve.cli.typer_app import app

    command = typer.main.get_command(app)
    seed_command(command)
    _polish_help(command)
    return command


def _polish_help(command: Any) -> None:
    """Help a person would write: no ``<bool>`` after ``--help`` and no
    ``<list[str]>`` after an argument that names its value (``PATH...``).

    Newer typer shows a Python type for every parameter; a flag (metavar ``""``)
    and a named argument say enough. Older typer has no such column, and this
    changes nothing there.
    """
    commands = [command, *getattr(command, "commands", {}).values()]
    for cmd in commands:
        for param in cmd.params:
            if not hasattr(param, "display_type_rich"):
                continue  # older typer: click's own help, already plain
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
            elif param.param_type_name == "argument":
                if param.metavar is None:
                    param.metavar = param.name.upper() + ("..." if param.nargs == -1 else "")
                param.display_type_rich = lambda ctx: None
        original = getattr(cmd, "get_help_option", None)
        if original is None:
            continue

        def get_help_option(ctx: Any, original: Any = original) -> Any:
            option = original(ctx)
            if option is not None and hasattr(option, "display_type_rich"):
                option.metavar = ""
            return option

        cmd.get_help_option = get_help_option


def _run_fast(args: list[str]) -> int | None:
    """Run a plain ``resolve check`` command line, or ``resolve --version``,
    without typer; ``None`` if ``args`` is anything else (typer then parses it,
    and words any error)."""
    if os.environ.get(_COMPLETE_VAR):
        return None
    if args in (["--version"], ["-V"]):  # what the app's eager --version option prints
        from resolve import __version__

        sys.stdout.write(f"resolve {__version__}\n")
        return EXIT_OK
    if not args or args[0] != "check":
        return None
    from resolve.cli.fast import check_arguments

    kwargs = check_arguments(args)
    if kwargs is None:
        return None
    from resolve.cli.check_run import check_files

    try:
        return check_files(**kwargs)
    except EOFError as exc:  # as typer treats it: a blank line, then "aborted"
        sys.stderr.write("\n")
        raise _Aborted() from exc


def run(argv: Sequence[str] | None = None) -> int:
    """Run the CLI on ``argv`` and return the exit status; never raises (except SystemExit
    from shell completion)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = _run_fast(args)
        if result is None and not args:  # the help, and a usage error (every typer version)
            _command().main(args=["--help"], prog_name="resolve", standalone_mode=False)
            return EXIT_ERROR
        if result is None:
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
    except Exception as exc:
        if _is_abort(exc):
            sys.stderr.write("resolve: aborted\n")
            return EXIT_INTERRUPTED
        return _report_exception(exc)
    if result == EXIT_INTERRUPTED:  # typer turns KeyboardInterrupt into Exit(130)
        sys.stderr.write("resolve: interrupted\n")
    return result if isinstance(result, int) else EXIT_OK


def _is_abort(exc: Exception) -> bool:
    if isinstance(exc, _Aborted):
        return True
    typer = sys.modules.get("typer")  # not imported: not typer's exception
    return typer is not None and isinstance(exc, typer.Abort)


def _click_exceptions() -> Any:
    """The module holding the click exceptions typer raises: typer's own copy of
    click (newer typer) or click itself (older typer)."""
    import importlib

    try:
        return importlib.import_module("typer._click.exceptions")
    except ImportError:
        return importlib.import_module("click.exceptions")


def _plain(message: str) -> str:
    """A usage message on one line, without pydantic's "Value error, " prefix."""
    import re

    message = " ".join(message.split())
    return re.sub(r"\b(?:Value|Assertion) error, ", "", message)


def _report_click_exception(exc: Exception) -> int | None:
    exceptions = _click_exceptions()
    no_args = getattr(exceptions, "NoArgsIsHelpError", None)
    if no_args is not None and isinstance(exc, no_args):
        message = exc.format_message().rstrip("\n")
        if message:  # typer may already have printed the help itself
            sys.stderr.write(message + "\n")
        return EXIT_ERROR
    if isinstance(exc, exceptions.UsageError):
        ctx = exc.ctx
        where = ctx.command_path if ctx is not None else "resolve"
        _error_line(f"{_plain(exc.format_message())} (see '{where} --help')")
        return EXIT_ERROR
    if isinstance(exc, exceptions.ClickException):
        _error_line(_plain(exc.format_message()))
        return EXIT_ERROR
    return None


def _report_exception(exc: Exception) -> int:
    from resolve.io import InputError

    if "typer" in sys.modules:  # else it cannot be one of typer's exceptions
        code = _report_click_exception(exc)
        if code is not None:
            return code
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
    import gc

    gc.set_threshold(*GC_THRESHOLD)
    sys.exit(run(argv))
