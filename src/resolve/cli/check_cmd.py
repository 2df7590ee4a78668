"""``resolve check``: find (and optionally fix) problems in resolution files.

The typer command is built from :data:`resolve.cli.options.CHECK_OPTIONS` (the
one declaration of each option); the work is
:func:`resolve.cli.check_run.check_files`.
"""

from __future__ import annotations

import inspect
from typing import Annotated, Any

import typer

from resolve.cli import check_run
from resolve.cli.options import CHECK_OPTIONS, PATHS_HELP, Opt

__all__ = ["check", "typer_option"]

_DOC = """Check resolutions for structural, style and language problems.

Directories are searched for *.txt, *.md and *.res files. Each file's
configuration (resolve.toml, .resolve.toml or [tool.resolve] in
pyproject.toml) is the nearest one found walking up from the file; --config
uses one file for all. All findings are printed; the exit status is 1 if
any is at or above --severity (default error), 2 if a file could not be
read or an option or the configuration is wrong, else 0.
--fix rewrites files with safe fixes (a file changed since it was read is
left alone); --diff prints those fixes instead and exits 1 if there are any.
--select and --ignore replace the configured lists; --extend-select and
--extend-ignore add to them.

\b
Examples:
  resolve check drafts/
  resolve check motion.txt --select P,C005 --severity warning
  resolve check . --output-format sarif > resolve.sarif
  resolve check --show-settings drafts/motion.txt
  cat motion.txt | resolve check - --stdin-filename motion.txt
"""


def typer_option(opt: Opt) -> Any:
    """The typer option for ``opt`` (other commands share ``--color``, ``--profile``)."""
    return typer.Option(
        *opt.flags,
        help=opt.full_help,
        metavar=opt.metavar,
        min=opt.min,
        show_default=opt.default not in (None, False),
    )


def _annotation(opt: Opt) -> Any:
    kind: Any = opt.kind
    if opt.many:
        kind = list[kind] | None
    elif opt.default is None:
        kind = kind | None
    return Annotated[kind, typer_option(opt)]


def _build() -> Any:
    params = [
        inspect.Parameter(
            "paths",
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            annotation=Annotated[
                list[str], typer.Argument(help=PATHS_HELP, metavar="PATH", show_default=False)
            ],
        )
    ]
    for opt in CHECK_OPTIONS:
        params.append(
            inspect.Parameter(
                opt.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=opt.default,
                annotation=_annotation(opt),
            )
        )

    def check(**kwargs: Any) -> int:
        return check_run.check_files(**kwargs)

    signature = inspect.Signature(params, return_annotation=int)
    check.__signature__ = signature  # type: ignore[attr-defined]
    check.__annotations__ = {p.name: p.annotation for p in params} | {"return": int}
    check.__doc__ = _DOC
    return check


check = _build()
"""The ``resolve check`` command function (its parameters are :data:`CHECK_OPTIONS`)."""
