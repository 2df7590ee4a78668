"""A plain ``resolve check`` command line, read without typer.

``resolve check`` runs in pre-commit hooks and CI on every push, and importing
typer (and, through it, pydantic) and building the app is most of a cold
start. This module reads the command lines those runs use — ``check``, then
known options each spelled as its own word with its value in the next one,
and paths, in any order — into the keyword arguments typer would pass to
:func:`resolve.cli.check_run.check_files`. The options are the ones declared
in :data:`resolve.cli.options.CHECK_OPTIONS`, the table the typer command is
built from; nothing is declared here. Anything else returns ``None`` and typer
parses it: ``--help``, ``--opt=value``, ``-j2``, ``-qj``, ``--``, an unknown
option, a missing path, a value typer would refuse or word an error for (a
negative or malformed ``--jobs``, an option-like value, an unreadable
``--config``). So what is accepted, and every usage error, stays typer's; a
test compares the two on many command lines.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from resolve.cli.options import CHECK_OPTIONS, Opt, check_defaults

__all__ = ["check_arguments"]

_BY_FLAG: dict[str, Opt] = {flag: opt for opt in CHECK_OPTIONS for flag in opt.flags}
_MAX_INT_DIGITS = 18


def _value(opt: Opt, text: str) -> Any:
    """``text`` as typer would coerce it for ``opt``; ``None`` to leave it to typer."""
    if opt.kind is str:
        return text
    if opt.kind is int:
        ok = text.isascii() and text.isdigit() and len(text) <= _MAX_INT_DIGITS
        if not ok or (opt.min is not None and int(text) < opt.min):
            return None
        return int(text)
    if opt.kind is Path:
        # typer checks an existing path is readable (file_okay, dir_okay: any kind).
        try:
            os.stat(text)
        except OSError:
            return Path(text)
        except ValueError:  # a NUL in the path: typer words the error
            return None
        return Path(text) if os.access(text, os.R_OK) else None
    return None  # pragma: no cover (the kinds are fixed by the table)


def check_arguments(args: list[str]) -> dict[str, Any] | None:
    """The keyword arguments for ``check_files`` if ``args`` is a plain ``check``
    command line (see the module docstring), else ``None``."""
    if not args or args[0] != "check":
        return None
    kwargs = check_defaults()
    paths: list[str] = []
    i = 1
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        opt = _BY_FLAG.get(arg)
        if opt is None:
            return None  # --help, --opt=value, -j2, --, an unknown option …
        if opt.kind is bool:
            kwargs[opt.name] = True
            continue
        if i >= len(args) or args[i].startswith("-"):
            return None  # typer: missing value (or an option-like one)
        value = _value(opt, args[i])
        i += 1
        if value is None:
            return None
        if opt.many:
            kwargs[opt.name] = [*(kwargs[opt.name] or ()), value]
        else:
            kwargs[opt.name] = value  # the last one given wins
    if not paths:
        return None  # typer: missing argument
    return {"paths": paths, **kwargs}
