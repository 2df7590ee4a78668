"""Every ``resolve check`` option, declared once.

:data:`CHECK_OPTIONS` is the one table: :mod:`resolve.cli.check_cmd` builds the
typer command's signature from it, and :mod:`resolve.cli.fast` reads plain
command lines with it, so an option added here exists on both paths with the
same name, spelling, default and help.

Choices are the domain's own values: output formats are
:class:`resolve.reporters.OutputFormat`, colour modes
:class:`resolve.render.color.ColorMode`, severities the labels of
:class:`resolve.diagnostics.Severity`, profiles ``auto`` and the names in
:data:`resolve.profiles.PROFILE_NAMES`. An option with choices takes a plain
string; :meth:`Opt.choice` checks it and words the error. Typer-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resolve.cli.errors import CliError
from resolve.diagnostics import Severity
from resolve.profiles import PROFILE_NAMES
from resolve.render.color import ColorMode
from resolve.reporters import OutputFormat

__all__ = [
    "CHECK_OPTIONS",
    "COLOR",
    "COLOR_CHOICES",
    "PATHS_HELP",
    "PROFILE",
    "PROFILE_CHOICES",
    "SEVERITY_CHOICES",
    "ChoiceError",
    "Opt",
    "by_name",
    "check_defaults",
]

PROFILE_CHOICES: tuple[str, ...] = ("auto", *PROFILE_NAMES)
"""``--profile`` and ``profile =``: ``auto`` (infer per document) or a profile name."""
SEVERITY_CHOICES: tuple[str, ...] = tuple(s.label for s in sorted(Severity, reverse=True))
COLOR_CHOICES: tuple[str, ...] = tuple(mode.value for mode in ColorMode)
OUTPUT_CHOICES: tuple[str, ...] = tuple(fmt.value for fmt in OutputFormat)


class ChoiceError(CliError, ValueError):
    """A value that is not one of an option's choices (the message says which are)."""


@dataclass(frozen=True, slots=True)
class Opt:
    """One command-line option."""

    name: str
    """The keyword argument of :func:`resolve.cli.check_run.check_files`."""
    flags: tuple[str, ...]
    kind: type
    """``bool`` (a flag), ``str``, ``int`` or ``Path``."""
    default: Any
    help: str
    metavar: str = ""
    """What the help shows for the value (empty for a flag)."""
    choices: tuple[str, ...] = ()
    """The accepted values, if only some are."""
    many: bool = False
    """May be repeated; the values are kept in order (``list[str]``)."""
    min: int | None = None

    @property
    def flag_text(self) -> str:
        return " / ".join(self.flags)

    def choice(self, value: str) -> str:
        """``value`` if it is one of :attr:`choices`; else :class:`ChoiceError`."""
        if not self.choices or value in self.choices:
            return value
        import difflib

        close = difflib.get_close_matches(value.lower(), self.choices, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ChoiceError(
            f"{self.flags[0]}: {value!r} is not one of {', '.join(self.choices)}{hint}"
        )

    @property
    def full_help(self) -> str:
        if self.choices:
            return f"{self.help} One of: {', '.join(self.choices)}."
        return self.help


PATHS_HELP = "Files or directories to check; - reads standard input."

_CODES = "CODES"

CHECK_OPTIONS: tuple[Opt, ...] = (
    Opt(
        "profile",
        ("--profile",),
        str,
        None,
        "House style; auto infers it from each document. Default: the configuration's, else auto.",
        "STYLE",
        PROFILE_CHOICES,
    ),
    Opt(
        "select",
        ("--select",),
        str,
        None,
        "Only these rule codes or prefixes (comma-separated); replaces the configured list.",
        _CODES,
        many=True,
    ),
    Opt(
        "extend_select",
        ("--extend-select",),
        str,
        None,
        "Also these rule codes or prefixes, on top of the configured select.",
        _CODES,
        many=True,
    ),
    Opt(
        "ignore",
        ("--ignore",),
        str,
        None,
        "Skip these rule codes or prefixes; replaces the configured list.",
        _CODES,
        many=True,
    ),
    Opt(
        "extend_ignore",
        ("--extend-ignore",),
        str,
        None,
        "Also skip these rule codes or prefixes, on top of the configured ignore.",
        _CODES,
        many=True,
    ),
    Opt(
        "severity",
        ("--severity",),
        str,
        "error",
        "Exit 1 if a finding is at or above this level.",
        "LEVEL",
        SEVERITY_CHOICES,
    ),
    Opt(
        "output_format",
        ("--output-format",),
        str,
        "full",
        "How to print findings.",
        "FORMAT",
        OUTPUT_CHOICES,
    ),
    Opt("quiet", ("--quiet", "-q"), bool, False, "Print findings only: no summary or progress."),
    Opt("statistics", ("--statistics",), bool, False, "Print counts per rule instead of findings."),
    Opt("fix", ("--fix",), bool, False, "Apply safe fixes in place (atomically)."),
    Opt(
        "unsafe_fixes",
        ("--unsafe-fixes",),
        bool,
        False,
        "With --fix or --diff, apply fixes marked unsafe too (they may change meaning).",
    ),
    Opt("diff", ("--diff",), bool, False, "Print the fixes as a unified diff; write nothing."),
    Opt(
        "show_settings",
        ("--show-settings",),
        bool,
        False,
        "Print the settings that apply to each file, and where each came from; check nothing.",
    ),
    Opt(
        "stdin_filename",
        ("--stdin-filename",),
        str,
        None,
        "Name to report for standard input (its configuration is found from it too).",
        "NAME",
    ),
    Opt(
        "include",
        ("--include",),
        str,
        None,
        "Globs of files to check in directories.",
        "GLOBS",
        many=True,
    ),
    Opt(
        "exclude",
        ("--exclude",),
        str,
        None,
        "Globs of files and directories to skip.",
        "GLOBS",
        many=True,
    ),
    Opt(
        "jobs",
        ("--jobs", "-j"),
        int,
        1,
        "Check files in N processes (0 = one per CPU; at most one per CPU).",
        "N",
        min=0,
    ),
    Opt(
        "color",
        ("--color",),
        str,
        "auto",
        "Use colour.",
        "WHEN",
        COLOR_CHOICES,
    ),
    Opt(
        "config_file",
        ("--config",),
        Path,
        None,
        "Use this configuration file for every file instead of searching.",
        "FILE",
    ),
)

_BY_NAME = {opt.name: opt for opt in CHECK_OPTIONS}

COLOR = _BY_NAME["color"]
"""``--color``, shared by every command that prints."""
PROFILE = _BY_NAME["profile"]
"""``--profile``, shared by ``check``, ``convert`` and ``fmt``."""


def by_name(name: str) -> Opt:
    """The option whose keyword is ``name``."""
    return _BY_NAME[name]


def check_defaults() -> dict[str, Any]:
    """Every option's default, by keyword."""
    return {opt.name: opt.default for opt in CHECK_OPTIONS}
