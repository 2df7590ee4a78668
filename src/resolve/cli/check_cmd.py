"""``resolve check``: find (and optionally fix) problems in resolution files.

The typer command; the work is :func:`resolve.cli.check_run.check_files`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from resolve.cli import ColorChoice, ProfileChoice, check_run
from resolve.cli.check_run import OutputFormatChoice, SeverityChoice

__all__ = ["OutputFormatChoice", "SeverityChoice", "check"]


def check(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or directories to check; - reads standard input."),
    ],
    profile: Annotated[
        ProfileChoice,
        typer.Option("--profile", help="House style; auto infers it from each document."),
    ] = ProfileChoice.auto,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="Only these rule codes or prefixes (comma-separated)."),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="Skip these rule codes or prefixes (comma-separated)."),
    ] = None,
    severity: Annotated[
        SeverityChoice,
        typer.Option("--severity", help="Exit 1 if a finding is at or above this level."),
    ] = SeverityChoice.error,
    output_format: Annotated[
        OutputFormatChoice, typer.Option("--output-format", help="How to print findings.")
    ] = OutputFormatChoice.full,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print findings only: no summary or progress.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per rule instead of findings.")
    ] = False,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply safe fixes in place (atomically).")
    ] = False,
    diff: Annotated[
        bool,
        typer.Option("--diff", help="Print the fixes as a unified diff; write nothing."),
    ] = False,
    stdin_filename: Annotated[
        str | None,
        typer.Option("--stdin-filename", help="Name to report for standard input."),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Globs of files to check in directories."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Globs of files and directories to skip."),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, help="Check files in N processes (0 = one per CPU)."),
    ] = 1,
    color: Annotated[
        ColorChoice, typer.Option("--color", help="Use colour: auto, always or never.")
    ] = ColorChoice.auto,
    config_file: Annotated[
        Path | None,
        typer.Option("--config", help="Use this configuration file instead of searching."),
    ] = None,
) -> int:
    """Check resolutions for structural, style and language problems.

    Directories are searched for *.txt, *.md and *.res files. All findings are
    printed; the exit status is 1 if any is at or above --severity (default
    error), 2 if a file could not be read or an option is wrong, else 0.
    --fix rewrites files with safe fixes (a file changed since it was read is
    left alone); --diff prints those fixes instead and exits 1 if there are any.

    \b
    Examples:
      resolve check drafts/
      resolve check motion.txt --select P,C005 --severity warning
      resolve check . --output-format sarif > resolve.sarif
      cat motion.txt | resolve check - --stdin-filename motion.txt
    """
    return check_run.check_files(
        paths,
        profile=profile,
        select=select,
        ignore=ignore,
        severity=severity,
        output_format=output_format,
        quiet=quiet,
        statistics=statistics,
        fix=fix,
        diff=diff,
        stdin_filename=stdin_filename,
        include=include,
        exclude=exclude,
        jobs=jobs,
        color=color,
        config_file=config_file,
    )
