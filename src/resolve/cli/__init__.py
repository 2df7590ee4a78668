"""The ``resolve`` command line: thin typer commands over the library.

Every command imports the library inside its function, so ``resolve --help``
and ``resolve --version`` load neither Lark nor the rules (nor Rich's
renderers). :func:`main` turns every error into one line on stderr:

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
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from resolve import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from resolve.config import Config
    from resolve.io import Decoded

__all__ = ["CliError", "app", "main", "run"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
PROGRESS_MIN_FILES = 20


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


class _PipeClosed(Exception):
    """Standard output was closed by the reader (not an OSError, so typer lets it through)."""


# ---------------------------------------------------------------------------
# Choices (defined here, not imported, to keep start-up light)


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


class ToFormat(enum.StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"
    akn = "akn"
    text = "text"


class FromFormat(enum.StrEnum):
    auto = "auto"
    json = "json"
    text = "text"


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
# show


@app.command()
@_guard
def show(
    file: Annotated[str, typer.Argument(help="A resolution file, or - for standard input.")],
    tree: Annotated[bool, typer.Option("--tree", help="Show the syntax tree instead.")] = False,
    color: Annotated[
        ColorChoice, typer.Option("--color", help="Use colour: auto, always or never.")
    ] = ColorChoice.auto,
) -> None:
    """Show a resolution: heading, numbered preamble, enacting formula and clauses.

    Recitals are numbered and labelled with their kind (whereas, because, phrase,
    none); the enacting formula is set apart; clause verbs are emphasised and
    sub-clauses nested. Document text is printed literally.

    \b
    Example:
      resolve show examples/un-general-assembly.txt
      cat draft.txt | resolve show - --tree
    """
    import resolve

    decoded = _read(file)
    doc = resolve.parse(decoded.text)
    console = _console(color)
    name = "<stdin>" if file == "-" else file
    if tree:
        from resolve.render.tree import render_tree

        console.print(render_tree(doc, name=name))
    else:
        from resolve.render.pretty import render_document

        console.print(render_document(doc, name=name))


# ---------------------------------------------------------------------------
# convert


@app.command()
@_guard
def convert(
    file: Annotated[
        str, typer.Argument(help="A resolution file (text or --to json output), or -.")
    ],
    to: Annotated[ToFormat, typer.Option("--to", "-t", help="Output format.")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
    ] = None,
    from_: Annotated[
        FromFormat,
        typer.Option("--from", "-f", help="Input format; auto detects JSON written by --to json."),
    ] = FromFormat.auto,
    fragment: Annotated[
        bool, typer.Option("--fragment", help="HTML: only the <article>, no page around it.")
    ] = False,
    profile: Annotated[
        ProfileChoice, typer.Option("--profile", help="House style for --to text.")
    ] = ProfileChoice.auto,
    akn_country: Annotated[
        str | None, typer.Option("--akn-country", help="Akoma Ntoso: country code (e.g. us).")
    ] = None,
    akn_date: Annotated[
        str | None, typer.Option("--akn-date", help="Akoma Ntoso: date, YYYY-MM-DD.")
    ] = None,
    akn_author: Annotated[
        str | None, typer.Option("--akn-author", help="Akoma Ntoso: authoring body.")
    ] = None,
) -> None:
    """Convert a resolution to JSON, Markdown, HTML, Akoma Ntoso XML or canonical text.

    \b
    Examples:
      resolve convert draft.txt --to json > draft.json
      resolve convert draft.json --to html -o draft.html
      resolve convert draft.txt --to akn --akn-country us --akn-date 2025-06-12
    """
    if akn_date is not None:
        import datetime

        try:
            datetime.date.fromisoformat(akn_date)
        except ValueError:
            raise CliError(f"--akn-date: {akn_date!r} is not a date (YYYY-MM-DD)") from None
    decoded = _read(file)
    from resolve.formats import convert as _convert

    source: Any = decoded.text
    try:
        if from_ is FromFormat.json:
            from resolve.formats.json_in import document_from_json

            source = document_from_json(decoded.text)
        elif from_ is FromFormat.text:
            import resolve

            source = resolve.parse(decoded.text)
        options: dict[str, Any] = {}
        if fragment:
            options["fragment"] = True
        if profile is not ProfileChoice.auto:
            options["profile"] = profile.value
        if akn_country is not None:
            options["akn_country"] = akn_country
        if akn_date is not None:
            options["akn_date"] = akn_date
        if akn_author is not None:
            options["akn_author"] = akn_author
        result = _convert(source, to.value, **options)
    except (ValueError, TypeError) as exc:
        raise CliError(f"{file}: cannot convert: {exc}") from None
    if output is None:
        _write_data(result)
        return
    from resolve.io import write_atomic

    write_atomic(output, result)


# ---------------------------------------------------------------------------
# schema


@app.command()
@_guard
def schema() -> None:
    """Print the JSON Schema of 'resolve convert --to json' output.

    \b
    Example:
      resolve schema > resolution.schema.json
    """
    from importlib import resources

    try:
        text = resources.files("resolve").joinpath("schema.json").read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        raise CliError(f"cannot read the bundled schema.json: {exc}") from None
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()


# ---------------------------------------------------------------------------
# check


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


@app.command()
@_guard
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
) -> None:
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
        raise typer.Exit(EXIT_ERROR if walk_errors else EXIT_OK)

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
        raise typer.Exit(EXIT_ERROR if any_error else (EXIT_FINDINGS if diffs else EXIT_OK))

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
    from resolve.render.console import want_color

    reporter = get_reporter(fmt.value, color=want_color(color.value, report_stream))
    text = reporter.format(report)
    if stdin_fixed is not None:
        _write_data(stdin_fixed)
    report_stream.write(text)
    report_stream.flush()
    if fix and not quiet and fixed_files and stdin_fixed is None:
        _note(f"Fixed {fixed_total} finding(s) in {fixed_files} file(s).")

    if any_error:
        raise typer.Exit(EXIT_ERROR)
    failing = any(d.severity >= threshold for r in results for d in r.diagnostics)
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)


# ---------------------------------------------------------------------------
# fmt


@app.command()
@_guard
def fmt(
    paths: Annotated[
        list[str], typer.Argument(help="Files or directories to format; - for stdin → stdout.")
    ],
    check_only: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 if a file would change.")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print a unified diff; write nothing.")
    ] = False,
    profile: Annotated[
        ProfileChoice, typer.Option("--profile", help="House style; auto infers it.")
    ] = ProfileChoice.auto,
) -> None:
    """Rewrite resolutions in canonical form (spacing, connectors, numbering).

    Never changes, adds or drops a word. Files are rewritten atomically, keeping
    their encoding, byte-order mark and permissions; a file changed since it was
    read is left alone.

    \b
    Examples:
      resolve fmt drafts/
      resolve fmt --check --diff motion.txt
      cat motion.txt | resolve fmt - > motion.formatted.txt
    """
    from resolve.cli.engine import unified_diff
    from resolve.cli.files import discover
    from resolve.formats.text import format_text
    from resolve.io import InputError, write_atomic

    targets, walk_errors = discover(paths)
    for message in walk_errors:
        _error_line(message)
    any_error = bool(walk_errors)
    changed: list[str] = []
    unchanged = 0
    style = None if profile is ProfileChoice.auto else profile.value
    for target in targets:
        try:
            decoded = _read("-" if target.is_stdin else (target.path or ""))
            formatted = format_text(decoded.text, profile=style)
        except InputError as exc:
            _error_line(str(exc))
            any_error = True
            continue
        except ValueError as exc:
            _error_line(f"{target.display}: cannot format: {exc}")
            any_error = True
            continue
        is_changed = formatted != decoded.text
        if is_changed:
            changed.append(target.display)
        else:
            unchanged += 1
        if diff:
            if is_changed:
                _write_data(unified_diff(decoded.text, formatted, target.display))
            continue
        if check_only:
            if is_changed:
                sys.stdout.write(f"Would reformat: {_safe(target.display)}\n")
            continue
        if target.is_stdin:
            _write_data(formatted)
            continue
        if is_changed:
            try:
                write_atomic(
                    target.path or "",
                    formatted,
                    encoding=decoded.encoding,
                    bom=decoded.bom,
                    expected=decoded.stamp,
                )
            except InputError as exc:
                _error_line(str(exc))
                any_error = True
                changed.pop()
    if not targets and not walk_errors:
        _warn("no files to format (directories are searched for *.txt, *.md, *.res)")
    files_only = [t for t in targets if not t.is_stdin]
    if files_only:
        if check_only or diff:
            _note(f"{len(changed)} file(s) would be reformatted, {unchanged} already formatted.")
        else:
            _note(f"{len(changed)} file(s) reformatted, {unchanged} left unchanged.")
    if any_error:
        raise typer.Exit(EXIT_ERROR)
    if (check_only or diff) and changed:
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_OK)


@app.command()
def lsp(
    stdio: Annotated[
        bool,
        typer.Option("--stdio", help="Talk LSP over standard input/output (the default)."),
    ] = True,
) -> None:
    """Run the language server for editors (diagnostics, quick fixes, formatting).

    Needs the 'lsp' extra: pip install 'resolve\\[lsp]'. See docs/editors.md.

    \b
    Example:
      resolve lsp --stdio
    """
    try:
        from resolve.lsp import serve
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs"):
            raise
        sys.stderr.write(
            "resolve: error: the language server needs pygls: pip install 'resolve[lsp]'\n"
        )
        raise typer.Exit(EXIT_ERROR) from None
    raise typer.Exit(serve())


# ---------------------------------------------------------------------------
# rules / rule


@app.command()
@_guard
def rules(
    color: Annotated[
        ColorChoice, typer.Option("--color", help="Use colour: auto, always or never.")
    ] = ColorChoice.auto,
) -> None:
    """List every rule: code, name, default severity, profiles and summary.

    \b
    Example:
      resolve rules
    """
    from rich.table import Table
    from rich.text import Text

    from resolve.rules.registry import RULES

    table = Table(title="resolve rules", title_justify="left", show_lines=False)
    table.add_column("Code", style="bold", no_wrap=True)
    table.add_column("Name", overflow="fold")
    table.add_column("Severity", no_wrap=True)
    table.add_column("Profiles")
    table.add_column("Summary", min_width=30, ratio=1)
    styles = {"error": "red", "warning": "yellow", "info": "blue"}
    for rule in RULES:
        label = rule.severity.label
        name = rule.name + (" (fix)" if getattr(rule, "fixable", False) else "")
        table.add_row(
            Text(rule.code),
            Text(name),
            Text(label, style=styles.get(label, "")),
            Text(", ".join(rule.profiles) if rule.profiles else "all"),
            Text(rule.summary),
        )
    _console(color).print(table)


@app.command()
@_guard
def rule(
    code: Annotated[str, typer.Argument(help="A rule code (S001) or name (missing-clauses).")],
    color: Annotated[
        ColorChoice, typer.Option("--color", help="Use colour: auto, always or never.")
    ] = ColorChoice.auto,
) -> None:
    """Explain one rule: what it reports, why, and how to fix it.

    \b
    Example:
      resolve rule P002
    """
    from rich.text import Text

    from resolve.rules.registry import RULES

    wanted = code.strip()
    found = next(
        (r for r in RULES if r.code.upper() == wanted.upper() or r.name == wanted.lower()), None
    )
    if found is None:
        import difflib

        names = [r.code for r in RULES] + [r.name for r in RULES]
        close = difflib.get_close_matches(wanted.upper(), names, n=1) or difflib.get_close_matches(
            wanted.lower(), names, n=1
        )
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise CliError(f"unknown rule {wanted!r}{hint}; 'resolve rules' lists them")
    console = _console(color)
    head = Text()
    head.append(f"{found.code} ", style="bold")
    head.append(found.name, style="bold cyan")
    console.print(head)
    console.print(Text(found.summary))
    console.print()
    meta = Text()
    meta.append("Severity: ", style="dim")
    meta.append(found.severity.label)
    meta.append("   Profiles: ", style="dim")
    meta.append(", ".join(found.profiles) if found.profiles else "all")
    meta.append("   Fix: ", style="dim")
    meta.append("safe fix available" if getattr(found, "fixable", False) else "none")
    console.print(meta)
    if found.doc:
        console.print()
        console.print(Text(found.doc))


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


def run(argv: Sequence[str] | None = None) -> int:
    """Run the CLI on ``argv`` and return the exit status; never raises (except SystemExit
    from shell completion)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = app(args=args, prog_name="resolve", standalone_mode=False)
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
