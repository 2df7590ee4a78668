"""``resolve lsp``: run the language server (needs the 'lsp' extra)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resolve.cli.common import EXIT_ERROR

__all__ = ["lsp"]


def lsp(
    stdio: Annotated[
        bool,
        typer.Option("--stdio", help="Talk LSP over standard input/output (the default)."),
    ] = True,
) -> None:
    """Run the language server for editors (diagnostics, quick fixes, formatting).

    Needs the 'lsp' extra: pip install 'resolve-cli\\[lsp]'. See docs/editors.md.

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
            "resolve: error: the language server needs pygls: pip install 'resolve-cli[lsp]'\n"
        )
        raise typer.Exit(EXIT_ERROR) from None
    raise typer.Exit(serve())
