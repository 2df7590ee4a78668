"""``resolve fmt``: fix what is wrong in resolutions, keep everything the user chose."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from resolve.cli.check_cmd import typer_option
from resolve.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    _error_line,
    _note,
    _read,
    _safe,
    _warn,
    _write_data,
    gc_paused,
)
from resolve.cli.options import PROFILE, by_name

if TYPE_CHECKING:
    from resolve.formats.fmt import Wrap

__all__ = ["fmt", "parse_wrap"]


def parse_wrap(value: str) -> Wrap:
    """``--wrap``: ``keep`` (default), ``none`` or a width of at least 20 columns."""
    text = value.strip().lower()
    if text == "keep":
        return "keep"
    if text == "none":
        return "none"
    if text.isdigit() and int(text) >= 20:
        return int(text)
    raise CliError(
        f"invalid value for --wrap: {value!r} (expected keep, none or a width of at least 20)"
    )


def _style_for(path: str | None, profile: str | None, config_file: Path | None) -> str | None:
    """The house style to write: ``--profile``, else the configuration found for
    ``path`` (upward from it, as ``check`` does); ``None`` keeps the document's own."""
    if profile is None:
        from resolve.config import config_for

        profile = config_for(path or ".", config_file=config_file).profile
    return None if profile == "auto" else profile


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
    profile: Annotated[str | None, typer_option(PROFILE)] = None,
    config_file: Annotated[Path | None, typer_option(by_name("config_file"))] = None,
    wrap: Annotated[
        str,
        typer.Option(
            "--wrap",
            metavar="keep|none|WIDTH",
            help="keep: each paragraph's own line breaks; none: one line per paragraph "
            "and list item; WIDTH: rewrap paragraphs to that many columns.",
        ),
    ] = "keep",
) -> None:
    """Fix the spacing, connectors and (with --profile) casing of resolutions.

    Never changes, adds or drops a word or a list marker, and never renumbers.
    Keeps each paragraph's line breaks (see --wrap), every line ending, the
    final newline or its absence, and in .md files every Markdown mark; a
    resolution read with low confidence, and a file with no resolution, are
    left as they are. Files are rewritten atomically, keeping their encoding,
    byte-order mark and permissions; a file changed since it was read is left
    alone.

    \b
    Examples:
      resolve fmt drafts/
      resolve fmt --check --diff motion.txt
      resolve fmt --wrap 72 motion.txt
      cat motion.txt | resolve fmt - > motion.formatted.txt
    """
    from resolve.cli.engine import unified_diff
    from resolve.cli.files import discover
    from resolve.config import ConfigError
    from resolve.docx_source import is_word_document
    from resolve.formats.fmt import format_document
    from resolve.io import InputError, write_atomic
    from resolve.markdown_source import is_markdown_path, parse_source

    width = parse_wrap(wrap)

    targets, walk_errors = discover(paths)
    for message in walk_errors:
        _error_line(message)
    any_error = bool(walk_errors)
    changed: list[str] = []
    unchanged = 0
    kept = 0
    """Files left as they are because their canonical form could not be shown safe."""
    if profile is not None:
        profile = PROFILE.choice(profile)
    for target in targets:
        try:
            style = _style_for(target.path, profile, config_file)
        except ConfigError as exc:
            _error_line(str(exc))
            any_error = True
            continue
        if target.path is not None and is_word_document(target.path):
            _error_line(f"{target.display}: fmt does not write Word documents; use 'resolve check'")
            any_error = True
            continue
        try:
            decoded = _read(
                "-" if target.is_stdin else (target.path or ""),
                digest=not (check_only or diff),  # to detect a change before writing
            )
            markdown = not target.is_stdin and is_markdown_path(target.path)
            with gc_paused():
                result = format_document(
                    parse_source(decoded.text, markdown=markdown),
                    profile=style,
                    wrap=width,
                    markdown=markdown,
                )
            formatted = result.text
        except InputError as exc:
            _error_line(str(exc))
            any_error = True
            continue
        except ValueError as exc:
            _error_line(f"{target.display}: cannot format: {exc}")
            any_error = True
            continue
        is_changed = formatted != decoded.text
        for note in result.notes:
            _note(f"{target.display}: {note}")
        if is_changed:
            changed.append(target.display)
        elif result.notes:
            kept += 1
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
        kept_note = f", {kept} left as is (see the notes above)" if kept else ""
        if check_only or diff:
            _note(
                f"{len(changed)} file(s) would be reformatted, {unchanged} already "
                f"formatted{kept_note}."
            )
        else:
            _note(f"{len(changed)} file(s) reformatted, {unchanged} left unchanged{kept_note}.")
    if any_error:
        raise typer.Exit(EXIT_ERROR)
    if (check_only or diff) and changed:
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_OK)
