"""A plain ``resolve check`` command line, read without typer.

``resolve check`` runs in pre-commit hooks and CI on every push, and importing
typer and building the app is about a third of its cold start. This module
reads the command lines those runs use — ``check``, then known options each
spelled as its own word with its value in the next one, and paths, in any
order — into the keyword arguments typer would pass to
:func:`resolve.cli.check_run.check_files`. Anything else returns ``None`` and
typer parses it: ``--help``, ``--opt=value``, ``-j2``, ``-qj``, ``--``, an
unknown option, a missing path, a value typer would refuse or word an error
for (an unknown choice, a negative or malformed ``--jobs``, an option-like
value). So what is accepted, and every usage error, stays typer's; a test
compares the two on many command lines.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path
from typing import Any

from resolve.cli import ColorChoice, ProfileChoice
from resolve.cli.check_run import OutputFormatChoice, SeverityChoice

__all__ = ["check_arguments"]

_FLAGS = {"--quiet": "quiet", "-q": "quiet", "--statistics": "statistics", "--fix": "fix"}
_FLAGS["--diff"] = "diff"
_ONE: dict[str, tuple[str, Any]] = {
    "--profile": ("profile", ProfileChoice),
    "--severity": ("severity", SeverityChoice),
    "--output-format": ("output_format", OutputFormatChoice),
    "--color": ("color", ColorChoice),
    "--stdin-filename": ("stdin_filename", str),
    "--jobs": ("jobs", int),
    "-j": ("jobs", int),
    "--config": ("config_file", Path),
}
"""Options taking one value (the last one given wins)."""
_MANY = {"--select": "select", "--ignore": "ignore", "--include": "include", "--exclude": "exclude"}
"""Options that may be repeated; their values are kept in order."""
_MAX_INT_DIGITS = 18


def _value(kind: Any, text: str) -> Any:
    """``text`` as typer would coerce it for ``kind``; ``None`` to leave it to typer."""
    if kind is str:
        return text
    if kind is int:
        ok = text.isascii() and text.isdigit() and len(text) <= _MAX_INT_DIGITS
        return int(text) if ok else None
    if kind is Path:
        # typer checks an existing path is readable (file_okay, dir_okay: any kind).
        try:
            os.stat(text)
        except OSError:
            return Path(text)
        except ValueError:  # a NUL in the path: typer words the error
            return None
        return Path(text) if os.access(text, os.R_OK) else None
    assert issubclass(kind, enum.Enum)
    for member in kind:
        if member.value == text:
            return member
    return None


def check_arguments(args: list[str]) -> dict[str, Any] | None:
    """The keyword arguments for ``check_files`` if ``args`` is a plain ``check``
    command line (see the module docstring), else ``None``."""
    if not args or args[0] != "check":
        return None
    paths: list[str] = []
    one: dict[str, Any] = {}
    many: dict[str, list[str]] = {}
    flags: set[str] = set()
    i = 1
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
        elif arg in _FLAGS:
            flags.add(_FLAGS[arg])
        elif arg in _ONE or arg in _MANY:
            if i >= len(args) or args[i].startswith("-"):
                return None  # typer: missing value (or an option-like one)
            text = args[i]
            i += 1
            if arg in _MANY:
                many.setdefault(_MANY[arg], []).append(text)
                continue
            name, kind = _ONE[arg]
            value = _value(kind, text)
            if value is None:
                return None
            one[name] = value
        else:
            return None  # --help, --opt=value, -j2, --, an unknown option …
    if not paths:
        return None  # typer: missing argument
    kwargs: dict[str, Any] = {"paths": paths}
    for name in ("select", "ignore", "include", "exclude"):
        kwargs[name] = many.get(name)
    for name in ("quiet", "statistics", "fix", "diff"):
        kwargs[name] = name in flags
    defaults = {
        "profile": ProfileChoice.auto,
        "severity": SeverityChoice.error,
        "output_format": OutputFormatChoice.full,
        "color": ColorChoice.auto,
        "stdin_filename": None,
        "jobs": 1,
        "config_file": None,
    }
    for name, default in defaults.items():
        kwargs[name] = one.get(name, default)
    return kwargs
