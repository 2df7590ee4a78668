"""``resolve rules`` and ``resolve rule``: list the rules and explain one."""

from __future__ import annotations

from typing import Annotated

import typer

from resolve.cli.check_cmd import typer_option
from resolve.cli.common import CliError, _console
from resolve.cli.options import COLOR

__all__ = ["rule", "rules"]


def rules(
    color: Annotated[str, typer_option(COLOR)] = "auto",
) -> None:
    """List every rule: code, name, default severity, profiles and summary.

    On a terminal, a table fitted to its width; piped or redirected, one rule a
    line with nothing wrapped or cut (columns separated by two spaces).

    \b
    Example:
      resolve rules
      resolve rules > rules.txt
    """
    import sys

    from resolve.cli.common import _isatty
    from resolve.rules.registry import RULES

    rows = [
        (
            rule.code,
            rule.name + (" (fix)" if getattr(rule, "fixable", False) else ""),
            rule.severity.label,
            ", ".join(rule.profiles) if rule.profiles else "all",
            rule.summary,
        )
        for rule in RULES
    ]
    if not _isatty(sys.stdout):
        from resolve.render.safe import safe_text

        header = ("Code", "Name", "Severity", "Profiles", "Summary")
        plain = [header, *rows]
        widths = [max(len(row[i]) for row in plain) for i in range(len(header) - 1)]
        lines = []
        for row in plain:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            lines.append(safe_text("  ".join([*cells, row[-1]]), single_line=True).rstrip())
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title="resolve rules", title_justify="left", show_lines=False)
    table.add_column("Code", style="bold", no_wrap=True)
    table.add_column("Name", overflow="fold")
    table.add_column("Severity", no_wrap=True)
    table.add_column("Profiles")
    table.add_column("Summary", min_width=30, ratio=1)
    styles = {"error": "red", "warning": "yellow", "info": "blue"}
    for code, name, label, profiles, summary in rows:
        table.add_row(
            Text(code),
            Text(name),
            Text(label, style=styles.get(label, "")),
            Text(profiles),
            Text(summary),
        )
    _console(color).print(table)


def rule(
    code: Annotated[
        str, typer.Argument(help="A rule code (S001) or name (missing-clauses).", metavar="CODE")
    ],
    color: Annotated[str, typer_option(COLOR)] = "auto",
) -> None:
    """Explain one rule: what it reports, why, and how to fix it.

    On a terminal the explanation is rendered; piped, it is printed as its
    Markdown source, unwrapped.

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
        import sys

        from resolve.cli.common import _isatty

        if _isatty(sys.stdout):  # rendered on a terminal
            from rich.markdown import Markdown

            from resolve.render.safe import safe_text

            console.print(Markdown(safe_text(found.doc), hyperlinks=False))
        else:  # the Markdown source, as plain text: it pipes into a .md file
            console.print(Text(found.doc), soft_wrap=True)
