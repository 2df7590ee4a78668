"""The typer app: the ``resolve`` command group and its commands.

Imported only when typer is needed (:func:`resolve.cli.run` checks a plain
``resolve check`` command line without it).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resolve import __version__
from resolve.cli import (
    check_cmd,
    convert_cmd,
    diff_cmd,
    fmt_cmd,
    lsp_cmd,
    rules_cmd,
    show_cmd,
)
from resolve.cli.common import EXIT_OK, _guard

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
# Commands: each in its own module, registered here in help order. The modules
# import the library inside their functions, so importing them stays cheap.

app.command(name="show")(_guard(show_cmd.show))
app.command(name="convert")(_guard(convert_cmd.convert))
app.command(name="schema")(_guard(convert_cmd.schema))
app.command(name="check")(_guard(check_cmd.check))
app.command(name="fmt")(_guard(fmt_cmd.fmt))
app.command(name="diff")(_guard(diff_cmd.diff))
app.command(name="lsp")(lsp_cmd.lsp)
app.command(name="rules")(_guard(rules_cmd.rules))
app.command(name="rule")(_guard(rules_cmd.rule))
