"""``resolve check``'s work, free of typer.

:func:`check_files` takes the options as typer would pass them and returns the
exit status. :mod:`resolve.cli.check_cmd` is the typer command over it, and
:mod:`resolve.cli.fast` calls it directly for a plain ``resolve check`` command
line, so a pre-commit hook does not pay for importing typer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resolve import __version__
from resolve.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
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

__all__ = ["check_files"]

PROGRESS_MIN_FILES = 20


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


def _choice(name: str, value: str) -> str:
    from resolve.cli.options import by_name

    return by_name(name).choice(value)


class _Configs:
    """The configuration of each file: the nearest one (or ``--config``), with the
    command line's options applied; each distinct file is read once."""

    def __init__(self, config_file: Path | None, overrides: dict[str, Any]) -> None:
        if config_file is not None and not config_file.is_file():
            raise CliError(f"--config: {config_file}: no such file")
        self.config_file = config_file
        self.overrides = overrides
        self._merged: dict[int, tuple[Config, Config]] = {}

    def get(self, start: Path) -> Config:
        from resolve.config import config_for

        base = config_for(start, config_file=self.config_file)
        pair = self._merged.get(id(base))
        if pair is None:  # the pair keeps ``base`` alive, so its id stays its own
            pair = self._merged[id(base)] = (base, base.merge(**self.overrides))
        return pair[1]


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
    profile: str | None = None,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    extend_ignore: list[str] | None = None,
    severity: str = "error",
    output_format: str = "full",
    quiet: bool = False,
    statistics: bool = False,
    fix: bool = False,
    unsafe_fixes: bool = False,
    diff: bool = False,
    show_settings: bool = False,
    stdin_filename: str | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    jobs: int = 1,
    color: str = "auto",
    config_file: Path | None = None,
) -> int:
    """Check (and fix) ``paths``; return the exit status (see :mod:`resolve.cli`).

    The options are those of :data:`resolve.cli.options.CHECK_OPTIONS`.
    """
    from resolve.cli.engine import Task
    from resolve.cli.files import discover, split_globs
    from resolve.diagnostics import Severity

    if profile is not None:
        _choice("profile", profile)
    threshold = Severity.parse(_choice("severity", severity))
    output_format = _choice("output_format", output_format)
    color = _choice("color", color)
    if diff and statistics:
        raise CliError("--diff and --statistics cannot be used together")
    if unsafe_fixes and not (fix or diff):
        raise CliError("--unsafe-fixes needs --fix or --diff")
    codes = {
        "select": _split_codes(select),
        "extend_select": _split_codes(extend_select),
        "ignore": _split_codes(ignore),
        "extend_ignore": _split_codes(extend_ignore),
    }
    for name, value in codes.items():
        _validate_codes(value, "--" + name.replace("_", "-"))
    configs = _Configs(config_file, {"profile": profile, **codes})

    targets, walk_errors = discover(
        paths,
        include=split_globs(include),
        exclude=split_globs(exclude),
        stdin_name=stdin_filename,
    )
    for message in walk_errors:
        _error_line(message)
    if show_settings:
        from resolve.cli.settings import show

        _write_data(show(targets, configs.get))
        return EXIT_ERROR if walk_errors else EXIT_OK
    if not targets:
        if not walk_errors:
            _warn("no files to check (directories are searched for *.txt, *.md, *.res)")
        return EXIT_ERROR if walk_errors else EXIT_OK

    tasks: list[Task] = []
    for target in targets:
        config = configs.get(Path(target.path or target.display))
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
                unsafe_fixes=unsafe_fixes,
                write=fix and not diff and not target.is_stdin,
                preloaded=preloaded,
            )
        )
    runnable = [t for t in tasks if t.path is not None or t.preloaded is not None]
    outcomes = _run_with_progress(runnable, jobs, quiet, color)
    return _report(
        tasks,
        runnable,
        outcomes,
        walk_errors=len(walk_errors),
        threshold=threshold,
        output_format=output_format,
        color=color,
        quiet=quiet,
        statistics=statistics,
        fix=fix,
        diff=diff,
    )


def _run_with_progress(runnable: list[Any], jobs: int, quiet: bool, color: str) -> list[Any]:
    from resolve.cli.engine import run_tasks

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
        return run_tasks(runnable, jobs=jobs, on_done=on_done)
    finally:
        if progress is not None:
            progress.stop()


def _report(
    tasks: list[Any],
    runnable: list[Any],
    outcomes: list[Any],
    *,
    walk_errors: int,
    threshold: Any,
    output_format: str,
    color: str,
    quiet: bool,
    statistics: bool,
    fix: bool,
    diff: bool,
) -> int:
    from resolve.cli.engine import unified_diff
    from resolve.reporters import FileResult, Report, get_reporter

    stdin_unreadable = len(tasks) - len(runnable)
    results: list[FileResult] = []
    any_error = walk_errors > 0 or stdin_unreadable > 0
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
        elif outcome.no_resolution and not outcome.diagnostics:
            _warn(f"{outcome.display}: no resolution found (nothing was checked)")
        if outcome.original is not None and outcome.source is not None:
            fixed_total += outcome.fixed
            fixed_files += 1
            if diff:
                diffs.append(unified_diff(outcome.original, outcome.source, outcome.display))
        if outcome.unconverged:
            _warn(
                f"{outcome.display}: failed to converge after {outcome.passes} fix passes; "
                "the findings left are reported (please report this)"
            )
        if task.path is None and fix and not diff:
            stdin_fixed = outcome.source
        results.append(
            FileResult(
                outcome.display,
                outcome.diagnostics,
                source=outcome.source,
                error=outcome.error,
                no_resolution=outcome.no_resolution,
            )
        )

    if diff:
        _write_data("".join(diffs))
        if not quiet:
            if fixed_files:
                _note(f"Would fix {fixed_total} finding(s) in {fixed_files} file(s).")
            else:
                _note("No fixes to apply.")
        return EXIT_ERROR if any_error else (EXIT_FINDINGS if diffs else EXIT_OK)

    codes = {d.code for r in results for d in r.diagnostics}
    report_stream = sys.stderr if stdin_fixed is not None else sys.stdout
    report = Report(
        files=tuple(results),
        rules=_rule_infos(codes),
        tool_version=__version__,
        threshold=threshold,
        statistics=statistics,
        quiet=quiet,
        skipped=walk_errors + stdin_unreadable,
    )
    from resolve.render.color import want_color

    reporter = get_reporter(output_format, color=want_color(color, report_stream))
    text = reporter.format(report)
    if stdin_fixed is not None:
        _write_data(stdin_fixed)
    report_stream.write(text)
    report_stream.flush()
    if fix and not quiet and fixed_files and stdin_fixed is None:
        _note(f"Fixed {fixed_total} finding(s) in {fixed_files} file(s).")

    if any_error:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.failing() else EXIT_OK
