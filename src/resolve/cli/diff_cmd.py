"""``resolve diff``: the changes between two drafts, as amendments."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from resolve.cli.check_cmd import typer_option
from resolve.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    _console,
    _read,
    _warn,
    _write_data,
)
from resolve.cli.options import COLOR

__all__ = ["DiffFormat", "diff"]


class DiffFormat(enum.StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


def diff(
    old: Annotated[str, typer.Argument(help="The draft as it stands (a file, or - for stdin).")],
    new: Annotated[str, typer.Argument(help="The draft as amended (a file, or - for stdin).")],
    output_format: Annotated[
        DiffFormat,
        typer.Option("--output-format", help="text (default), json or markdown."),
    ] = DiffFormat.text,
    color: Annotated[str, typer_option(COLOR)] = "auto",
) -> None:
    """List the amendments that turn OLD into NEW: strike, insert, strike-and-insert, move.

    Parts are aligned (title, each recital, the enacting formula, each clause
    and sub-clause) and numbered as in OLD. Renumbering, re-wrapping, spacing
    and line endings are not amendments. Exit 0 when the drafts are the same,
    1 when there are amendments (or words differ outside those parts: a
    warning says so), 2 on error.

    \b
    Example:
      resolve diff submitted.txt adopted.txt
      resolve diff old.txt new.txt --output-format markdown > amendments.md
    """
    from resolve.diff_report import to_json, to_markdown, to_plain
    from resolve.differ import DiffError, diff_documents, outside_changed
    from resolve.markdown_source import is_markdown_path, parse_source

    if old == "-" and new == "-":
        raise CliError("OLD and NEW cannot both be standard input")
    color = COLOR.choice(color)
    # A .docx is read as its paragraphs; a .md through the Markdown reader.
    old_doc = parse_source(
        _read(old, digest=False).text, markdown=old != "-" and is_markdown_path(old)
    )
    new_doc = parse_source(
        _read(new, digest=False).text, markdown=new != "-" and is_markdown_path(new)
    )
    try:
        amendments = diff_documents(old_doc, new_doc)
    except DiffError as exc:
        raise CliError(str(exc)) from exc
    outside = outside_changed(old_doc, new_doc)
    if outside:
        # Never silent: a change the parser did not place in a part is not an
        # amendment this command can name, but the reader must know it is there.
        _warn(
            "the drafts also differ outside the title, preamble, formula and clauses "
            "(heading lines, trailer, or text not read as a part); those changes are not listed"
        )
    if output_format is DiffFormat.json:
        _write_data(to_json(amendments, outside=outside))
    elif output_format is DiffFormat.markdown:
        _write_data(to_markdown(amendments, outside=outside))
    else:
        console = _console(color)
        if console.is_terminal:
            from resolve.render.diff_view import render_amendments

            console.print(render_amendments(amendments, outside=outside), end="")
        else:
            _write_data(to_plain(amendments, outside=outside))
    # The drafts differ (exit 1) when there are amendments or the warning was given.
    raise typer.Exit(EXIT_FINDINGS if amendments or outside else EXIT_OK)
