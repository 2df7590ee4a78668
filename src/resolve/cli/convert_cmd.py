"""``resolve convert`` and ``resolve schema``: other formats and the JSON Schema."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from resolve.cli.check_cmd import typer_option
from resolve.cli.common import CliError, _isatty, _read, _write_data, gc_paused
from resolve.cli.options import PROFILE, Opt
from resolve.formats import Format

__all__ = ["FROM", "TO", "convert", "schema"]

TO = Opt("to", ("--to", "-t"), str, ..., "Output format.", "FORMAT", tuple(f.value for f in Format))
"""``--to``: the output formats are :class:`resolve.formats.Format`."""
FROM = Opt(
    "from_",
    ("--from", "-f"),
    str,
    "auto",
    "Input format; auto detects JSON written by --to json.",
    "FORMAT",
    ("auto", "json", "text"),
)


def convert(
    file: Annotated[
        str,
        typer.Argument(help="A resolution file (text or --to json output), or -.", metavar="FILE"),
    ],
    to: Annotated[str, typer_option(TO)],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file (atomically) instead of stdout.",
            metavar="FILE",
        ),
    ] = None,
    from_: Annotated[str, typer_option(FROM)] = "auto",
    fragment: Annotated[
        bool, typer.Option("--fragment", help="HTML: only the <article>, no page around it.")
    ] = False,
    profile: Annotated[str | None, typer_option(PROFILE)] = None,
    akn_country: Annotated[
        str | None,
        typer.Option("--akn-country", help="Akoma Ntoso: country code (e.g. us).", metavar="CODE"),
    ] = None,
    akn_date: Annotated[
        str | None, typer.Option("--akn-date", help="Akoma Ntoso: date.", metavar="YYYY-MM-DD")
    ] = None,
    akn_author: Annotated[
        str | None,
        typer.Option("--akn-author", help="Akoma Ntoso: authoring body.", metavar="NAME"),
    ] = None,
) -> None:
    """Convert a resolution to JSON, Markdown, HTML, Akoma Ntoso XML or canonical text.

    \b
    Examples:
      resolve convert draft.txt --to json > draft.json
      resolve convert draft.json --to html -o draft.html
      resolve convert draft.txt --to akn --akn-country us --akn-date 2025-06-12
    """
    if to is None:  # older typer lets a required option through as None
        raise CliError(f"missing option '--to' / '-t' (one of {', '.join(TO.choices)})")
    to = TO.choice(to)
    from_ = FROM.choice(from_)
    if profile is not None:
        PROFILE.choice(profile)
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
        if from_ == "json":
            from resolve.formats.json_in import document_from_json

            source = document_from_json(decoded.text)
        elif from_ == "text":
            import resolve

            source = resolve.parse(decoded.text)
        options: dict[str, Any] = {}
        if fragment:
            options["fragment"] = True
        if profile not in (None, "auto"):
            options["profile"] = profile
        if akn_country is not None:
            options["akn_country"] = akn_country
        if akn_date is not None:
            options["akn_date"] = akn_date
        if akn_author is not None:
            options["akn_author"] = akn_author
        if to == "json" and output is None and not _isatty(sys.stdout):
            # Streamed: a deeply nested document's JSON can run to gigabytes
            # (each clause's text holds its sub-clauses'); never all in memory.
            from resolve.formats import load
            from resolve.formats.json import iter_render

            with gc_paused():
                for piece in iter_render(load(source)):
                    sys.stdout.write(piece)
            sys.stdout.flush()
            return
        with gc_paused():
            result = _convert(source, to, **options)
    except (ValueError, TypeError) as exc:
        raise CliError(f"{file}: cannot convert: {exc}") from None
    if output is None:
        _write_data(result)
        return
    from resolve.io import write_atomic

    write_atomic(output, result)


SCHEMAS = {"document": "schema.json", "diff": "diff-schema.json"}
"""``resolve schema KIND``: the bundled JSON Schema of each JSON output."""


def schema(
    kind: Annotated[
        str,
        typer.Argument(
            help="document: 'convert --to json' output; diff: 'diff --output-format json'.",
            metavar="[document|diff]",
        ),
    ] = "document",
) -> None:
    """Print the JSON Schema of 'resolve convert --to json' (or 'resolve diff') output.

    \b
    Examples:
      resolve schema > resolution.schema.json
      resolve schema diff > diff.schema.json
    """
    from importlib import resources

    name = SCHEMAS.get(kind)
    if name is None:
        raise CliError(f"unknown schema {kind!r}; expected one of: {', '.join(SCHEMAS)}")
    try:
        text = resources.files("resolve").joinpath(name).read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        raise CliError(f"cannot read the bundled {name}: {exc}") from None
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()
