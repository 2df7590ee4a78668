"""``resolve show``: print a resolution (or its syntax tree) to the terminal."""

from __future__ import annotations

from typing import Annotated

import typer

from resolve.cli.check_cmd import typer_option
from resolve.cli.common import _console, _read
from resolve.cli.options import COLOR

__all__ = ["show"]


def show(
    file: Annotated[
        str, typer.Argument(help="A resolution file, or - for standard input.", metavar="FILE")
    ],
    tree: Annotated[bool, typer.Option("--tree", help="Show the syntax tree instead.")] = False,
    color: Annotated[str, typer_option(COLOR)] = "auto",
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
