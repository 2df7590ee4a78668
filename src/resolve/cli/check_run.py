"""``resolve check``'s work, free of typer.

:func:`check_files` takes the options as typer would pass them and returns the
exit status. :mod:`resolve.cli.check_cmd` is the typer command over it, and
:mod:`resolve.cli.fast` calls it directly for a plain ``resolve check`` command
line, so a pre-commit hook does not pay for importing typer.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resolve import __version__
from resolve.cli import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    ColorChoice,
    ProfileChoice,
    _console,
    _error_line,
    _isatty,
    _note,
    _read,
    _warn,
    _write_data,
)

if TYPE_CHECKING:
    from resolve.config import Config

__all__ = ["OutputFormatChoice", "SeverityChoice", "check_files"]

PROGRESS_MIN_FILES = 20


class SeverityChoice(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class OutputFormatChoice(enum.StrEnum):
    full = "full"
    concise = "concise"
    json = "json"
    json_lines = "json-lines"
    github = "github"
    sarif = "sarif"
    junit = "junit"


def _split_codes(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    codes: list[str] = []
    for value in values:
        codes.extend(
            part.strip().upper() for part in value.replace(" ", ",").split(",") if part.strip()
        )
    return tuple(codes)


def _validate_codes(codes: tuple[str, ...] | None, option: str) -> None:
    if not codes:
        return
    from resolve.rules.registry import RULES

    known = [rule.code for rule in RULES]
    for code in codes:
        if code == "ALL" or any(k.startswith(code) for k in known):
            continue
        import difflib

        close = difflib.get_close_matches(code, known, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise CliError(f"{option}: unknown rule code or prefix {code!r}{hint}")


def _load_config(config_file: Path | None, start: Path) -> Config:
    from resolve.config import load_config, load_config_file

    if config_file is not None:
        if not config_file.is_file():
            raise CliError(f"--config: {config_file}: no such file")
        return load_config_file(config_file)
    return load_config(start)


def _rule_infos(codes: set[str]) -> dict[str, Any]:
    from resolve.reporters import RuleInfo

    infos: dict[str, Any] = {}
    try:
        from resolve.rules.registry import RULES
    except ImportError:
        return infos
    by_code = {rule.code: rule for rule in RULES}
    for code in codes:
        rule = by_code.get(code)
        if rule is not None:
            infos[code] = RuleInfo(code, rule.name, rule.summary, rule.severity)
    return infos


def _want_progress(count: int, quiet: bool) -> bool:
    if quiet or count < PROGRESS_MIN_FILES:
        return False
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        return False
    if os.environ.get("TERM", "") == "dumb":
        return False
    return _isatty(sys.stderr)


def check_files(
    paths: list[str],
    profile: ProfileChoice = ProfileChoice.auto,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    severity: SeverityChoice = SeverityChoice.error,
    output_format: OutputFormatChoice = OutputFormatChoice.full,
    quiet: bool = False,
    statistics: bool = False,
    fix: bool = False,
    diff: bool = False,
    stdin_filename: str | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    jobs: int = 1,
    color: ColorChoice = ColorChoice.auto,
    config_file: Path | None = None,
) -> int:
    """Check (and fix) ``paths``; return the exit status (see :mod:`resolve.cli`)."""
    from resolve.cli.engine import Task, run_tasks, unified_diff
    from resolve.cli.files import discover, split_globs
    from resolve.diagnostics import Severity
    from resolve.reporters import FileResult, Report, get_reporter

    if diff and statistics:
        raise CliError("--diff and --statistics cannot be used together")
    select_codes = _split_codes(select)
    ignore_codes = _split_codes(ignore)
    _validate_codes(select_codes, "--select")
    _validate_codes(ignore_codes, "--ignore")

    start = Path(stdin_filename).parent if stdin_filename and paths == ["-"] else Path.cwd()
    config = _load_config(config_file, start).merge(
        profile=None if profile is ProfileChoice.auto else profile.value,
        select=select_codes,
        ignore=ignore_codes,
    )
    threshold = Severity.parse(severity.value)

    targets, walk_errors = discover(
        paths,
        include=split_globs(include),
        exclude=split_globs(exclude),
        stdin_name=stdin_filename,
    )
    for message in walk_errors:
        _error_line(message)
    if not targets:
        if not walk_errors:
            _warn("no files to check (directories are searched for *.txt, *.md, *.res)")
        return EXIT_ERROR if walk_errors else EXIT_OK

    tasks: list[Task] = []
    for target in targets:
        preloaded = None
        if target.is_stdin:
            try:
                preloaded = _read("-", target.display)
            except Exception as exc:  # reported like any other unreadable file
                from resolve.io import InputError

                if not isinstance(exc, InputError):
                    raise
                tasks.append(Task(target.display, None, config, preloaded=None))
                _error_line(str(exc))
                continue
        tasks.append(
            Task(
                target.display,
                target.path,
                config,
                fix=fix or diff,
                write=fix and not diff and not target.is_stdin,
                preloaded=preloaded,
            )
        )
    runnable = [t for t in tasks if t.path is not None or t.preloaded is not None]

    progress = None
    on_done = None
    if _want_progress(len(runnable), quiet):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        progress = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            console=_console(color, stderr=True),
            transient=True,
        )
        progress_task = progress.add_task("check", total=len(runnable))

        def on_done(_: Any) -> None:
            assert progress is not None
            progress.advance(progress_task)

        progress.start()
    try:
        outcomes = run_tasks(runnable, jobs=jobs, on_done=on_done)
    finally:
        if progress is not None:
            progress.stop()

    stdin_unreadable = len(tasks) - len(runnable)
    results: list[FileResult] = []
    any_error = bool(walk_errors) or stdin_unreadable > 0
    fixed_total = 0
    fixed_files = 0
    diffs: list[str] = []
    stdin_fixed: str | None = None
    for task, outcome in zip(runnable, outcomes, strict=True):
        if outcome.warning and task.preloaded is None:
            _warn(outcome.warning)  # stdin warnings were printed when it was read
        if outcome.error:
            any_error = True
            _error_line(outcome.error)
        if outcome.original is not None and outcome.source is not None:
            fixed_total += outcome.fixed
            fixed_files += 1
            if diff:
                diffs.append(unified_diff(outcome.original, outcome.source, outcome.display))
        if task.path is None and fix and not diff:
            stdin_fixed = outcome.source
        results.append(
            FileResult(
                outcome.display,
                outcome.diagnostics,
                source=outcome.source,
                error=outcome.error,
            )
        )

    if diff:
        _write_data("".join(diffs))
        if not quiet:
            verb = "Would fix" if fixed_files else "No fixes to apply"
            if fixed_files:
                _note(f"{verb} {fixed_total} finding(s) in {fixed_files} file(s).")
            else:
                _note(f"{verb}.")
        return EXIT_ERROR if any_error else (EXIT_FINDINGS if diffs else EXIT_OK)

    codes = {d.code for r in results for d in r.diagnostics}
    fmt = OutputFormatChoice(output_format)
    report_stream = sys.stderr if stdin_fixed is not None else sys.stdout
    report = Report(
        files=tuple(results),
        rules=_rule_infos(codes),
        tool_version=__version__,
        threshold=threshold,
        statistics=statistics,
        quiet=quiet,
    )
    from resolve.render.color import want_color

    reporter = get_reporter(fmt.value, color=want_color(color.value, report_stream))
    text = reporter.format(report)
    if stdin_fixed is not None:
        _write_data(stdin_fixed)
    report_stream.write(text)
    report_stream.flush()
    if fix and not quiet and fixed_files and stdin_fixed is None:
        _note(f"Fixed {fixed_total} finding(s) in {fixed_files} file(s).")

    if any_error:
        return EXIT_ERROR
    failing = any(d.severity >= threshold for r in results for d in r.diagnostics)
    return EXIT_FINDINGS if failing else EXIT_OK
